package io.sellercenter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL is a daemon of its own: it outlives a JVM killed with {@code kill -9}, and its
 * {@code postmaster.pid} then stops the next start. So a server left on our data directory by a dead process is
 * stopped before we start ours, and ours is watched by a small shell that stops it when our JVM dies.
 */
final class EmbeddedServerGuard {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServerGuard.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private EmbeddedServerGuard() {}

    /** Stops, with a fast shutdown (running transactions roll back), a server still running on {@code pgDir}. */
    static void stopLeftBehind(Path pgDir) {
        var server = postmaster(pgDir).flatMap(ProcessHandle::of).filter(p -> servesDirectory(p, pgDir));
        if (server.isEmpty()) {
            return;
        }
        var process = server.get();
        log.warn(
                "PostgreSQL (pid {}) left running on {} by a process that ended without stopping it; stopping it",
                process.pid(),
                pgDir);
        signal("-INT", process.pid());
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", process.pid(), STOP_WAIT);
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a left-behind PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A shell that stops the server on {@code pgDir} as soon as this JVM is gone; destroy it on a clean stop. */
    static Process watch(Path pgDir) {
        var server = postmaster(pgDir).orElseThrow(() -> new IllegalStateException("no postmaster.pid in " + pgDir));
        var script = """
                while kill -0 "$1" 2>/dev/null; do sleep 1; done
                [ "$(head -n 1 "$3/postmaster.pid" 2>/dev/null)" = "$2" ] && kill -INT "$2"
                """;
        try {
            return new ProcessBuilder(
                            "sh",
                            "-c",
                            script,
                            "embedded-postgres-watchdog",
                            String.valueOf(ProcessHandle.current().pid()),
                            String.valueOf(server),
                            pgDir.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> postmaster(Path pgDir) {
        try {
            var pidFile = pgDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            var lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean servesDirectory(ProcessHandle process, Path pgDir) {
        if (!process.isAlive() || process.pid() == ProcessHandle.current().pid()) {
            return false;
        }
        var info = process.info();
        return info.command().map(c -> c.endsWith("/postgres")).orElse(false)
                && info.commandLine().map(c -> c.contains(pgDir.toString())).orElse(true);
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", signal, String.valueOf(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
