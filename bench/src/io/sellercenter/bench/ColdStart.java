package io.sellercenter.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Workload 5: the packaged jar started as a user starts it, timed from process start to the first
 * 200 of /actuator/health. A first start unpacks PostgreSQL, runs initdb, migrates and loads the
 * demo data; a restart finds all of it in place.
 */
final class ColdStart {

    private ColdStart() {}

    static Map<String, Object> run(Path jar, Path work, List<String> jvmOptions, int runs, int restarts)
            throws Exception {
        var first = new ArrayList<Double>();
        var again = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            var dataDir = Files.createTempDirectory(work, "cold-");
            first.add(start(jar, dataDir, jvmOptions));
            if (run < restarts) {
                again.add(start(jar, dataDir, jvmOptions));
            }
            System.out.printf(
                    "  cold start run %d: %.1f s%s%n",
                    run + 1, first.getLast(), run < restarts ? String.format(", restart %.1f s", again.getLast()) : "");
        }
        var result = new LinkedHashMap<String, Object>();
        result.put("jvmOptions", jvmOptions);
        result.put("runs", runs);
        result.put("firstStartSeconds", Stats.round(Stats.median(first), 1));
        result.put("restartSeconds", again.isEmpty() ? null : Stats.round(Stats.median(again), 1));
        result.put("allRuns", Map.of("firstStartSeconds", first, "restartSeconds", again));
        return result;
    }

    /**
     * The jar as Spring Boot recommends running it in production on JDK 25: extracted, with the JDK's
     * ahead-of-time cache (JEP 483/514) recorded by one untimed training run that exits once the
     * application is ready (demo data included). Returns the extracted jar and the option that uses the cache.
     */
    static Prepared prepareAotCache(Path jar, Path work) throws Exception {
        var dir = Files.createTempDirectory(work, "aot-").toAbsolutePath();
        var java = ProcessHandle.current().info().command().orElse("java");
        exec(
                dir,
                null,
                java,
                "-Djarmode=tools",
                "-jar",
                jar.toAbsolutePath().toString(),
                "extract",
                "--destination",
                "app");
        var extracted = dir.resolve("app").resolve(jar.getFileName());
        var cache = dir.resolve("app.aot");
        exec(
                dir,
                dir.resolve("training-data"),
                java,
                "-XX:AOTCacheOutput=" + cache,
                "-Dsellercenter.exit-when-ready=true",
                "-jar",
                extracted.toString());
        return new Prepared(extracted, List.of("-XX:AOTCache=" + cache));
    }

    record Prepared(Path jar, List<String> jvmOptions) {}

    private static void exec(Path dir, Path dataDir, String... command) throws Exception {
        var builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("prepare.log").toFile()));
        if (dataDir != null) {
            builder.environment().put("SELLERCENTER_DATA_DIR", dataDir.toString());
            builder.environment().put("SERVER_PORT", "0");
        }
        var process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + dir.resolve("prepare.log"));
        }
    }

    private static double start(Path jar, Path dataDir, List<String> jvmOptions) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile());
        builder.environment()
                .put("SELLERCENTER_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(1))
                .build();
        var started = System.nanoTime();
        var process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the jar exited; see " + dataDir.resolve("app.log"));
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() - started > 120_000_000_000L) {
                    throw new IllegalStateException("not healthy after 120 s; see " + dataDir.resolve("app.log"));
                }
                Thread.sleep(25);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
