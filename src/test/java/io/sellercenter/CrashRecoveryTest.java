package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service comes back by itself after {@code kill -9}: the application runs as its own JVM, as in production,
 * on a data directory that outlives it.
 */
class CrashRecoveryTest {

    private Process app;

    @AfterEach
    void stop() {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.onExit().join();
        }
    }

    @Test
    void startsAgainOnTheSameDataAfterTheJvmIsKilledEvenWhenItsPostgresqlOutlivesIt(@TempDir Path dataDir)
            throws Exception {
        var port = freePort();
        app = start(dataDir, port);
        var api = new Api(port);
        var seller = api.registerSeller();
        var pidFile = dataDir.resolve("pg/postmaster.pid");
        var server = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst()))
                .orElseThrow();

        // the worst case: the JVM and its watchdog die together, the PostgreSQL daemon runs on
        app.toHandle().descendants().filter(p -> p.pid() != server.pid()).forEach(ProcessHandle::destroyForcibly);
        app.destroyForcibly();
        app.onExit().join();
        assertThat(server.isAlive()).as("PostgreSQL outlives a killed JVM").isTrue();

        app = start(dataDir, port);
        assertThat(server.isAlive()).as("the left-behind server was stopped").isFalse();
        var token = api.token(seller.email(), "secret-pass-1");
        assertThat(api.get("/api/v1/me", token).json().get("sellerId").asLong())
                .as("every row is still there")
                .isEqualTo(seller.sellerId());

        // the usual case: only the JVM dies, and its PostgreSQL stops by itself shortly after
        var second = ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst()))
                .orElseThrow();
        app.destroyForcibly();
        app.onExit().join();
        Api.await("PostgreSQL stops once its JVM is gone", () -> !second.isAlive());
        assertThat(pidFile).doesNotExist();
    }

    private static Process start(Path dataDir, int port) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        SellerCenterApplication.class.getName(),
                        "--server.port=" + port,
                        "--sellercenter.data-dir=" + dataDir,
                        "--sellercenter.demo=false",
                        "--logging.level.root=warn"))
                .redirectErrorStream(true)
                .redirectOutput(
                        Path.of("target", "crash-recovery-" + port + ".log").toFile())
                .start();
        var health = new Api(port);
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("the application is still starting")
                    .isTrue();
            try {
                if (health.get("/actuator/health", null).status() == 200) {
                    return process;
                }
            } catch (RuntimeException notListeningYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not healthy within 3 minutes");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
