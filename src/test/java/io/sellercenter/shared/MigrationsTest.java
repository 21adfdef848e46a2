package io.sellercenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every module's migrations are found in its folder and applied, without a list to keep. */
class MigrationsTest extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyModulesMigrationIsApplied() throws IOException {
        try (var files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            var scripts = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted()
                    .toList();
            var applied = jdbc.sql("select version from flyway_schema_history where success and version is not null")
                    .query(String.class)
                    .list();
            assertThat(applied).containsExactlyInAnyOrderElementsOf(scripts);
        }
    }
}
