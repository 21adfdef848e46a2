package io.sellercenter.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import io.sellercenter.SecondInstance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SandboxSecretTest extends ApiTestBase {

    @Autowired
    SandboxSecret secret;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConfiguredSecretIsUsedAsIs() {
        assertThat(new SandboxSecret("from-the-environment", jdbc).value()).isEqualTo("from-the-environment");
    }

    @Test
    void withoutASettingEveryInstanceSignsWithTheOneSecretKeptInTheDatabase() {
        try (var second = new SecondInstance(postgres)) {
            assertThat(second.bean(SandboxSecret.class).value())
                    .hasSize(64)
                    .isEqualTo(secret.value())
                    .isEqualTo(jdbc.sql("select secret from sandbox_secret")
                            .query(String.class)
                            .single());
        }
    }
}
