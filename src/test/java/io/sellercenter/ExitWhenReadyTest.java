package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AOT training run (README, "Starting fast") as its own process, since it ends its JVM. */
class ExitWhenReadyTest {

    @Test
    @DisplayName("a training run starts fully, demo data included, then exits and stops its PostgreSQL")
    void exitsOnceReadyAndStopsTheEmbeddedDatabase(@TempDir Path dataDir) throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SellerCenterApplication.class.getName(),
                        "--sellercenter.exit-when-ready=true",
                        "--sellercenter.data-dir=" + dataDir,
                        "--server.port=0",
                        "--logging.level.root=warn")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();

        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("exited").isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(dataDir.resolve("app.log")))
                .isZero();
        assertThat(dataDir.resolve("pg/PG_VERSION")).exists();
        assertThat(dataDir.resolve("pg/postmaster.pid"))
                .as("PostgreSQL removes its pid file when it stops")
                .doesNotExist();
    }
}
