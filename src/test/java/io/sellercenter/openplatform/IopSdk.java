package io.sellercenter.openplatform;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * The marketplace's public Node.js SDK ({@code aliexpress-api-sdk} 1.1.0, unchanged, from npm) calling the gateway, one
 * process per call. Skipped where Node.js is missing, except in CI; installs the package on first use.
 */
final class IopSdk {

    private static final Path DIR = Path.of("src/test/node");
    private static volatile boolean installed;

    private final String base;
    final String appKey;
    final String secret;

    IopSdk(int port, String appKey, String secret) {
        this.base = "http://localhost:" + port;
        this.appKey = appKey;
        this.secret = secret;
        available();
    }

    static void available() {
        if (!nodeInstalled() && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Node.js is not installed");
        }
        install();
    }

    private static boolean nodeInstalled() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static synchronized void install() {
        if (installed || Files.isDirectory(DIR.resolve("node_modules/aliexpress-api-sdk"))) {
            installed = true;
            return;
        }
        var result = run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund"), 300);
        assertThat(result.exit()).as("npm ci: %s", result.output()).isZero();
        installed = true;
    }

    /** A call to {@code /sync}, signed with this app's key and secret. */
    JsonNode sync(String api, Map<String, ?> params, String session) {
        return call("/sync", api, params, session, 0, "POST");
    }

    /** A call to {@code /rest} naming its API path, as the SDK sends it. */
    JsonNode rest(String api, Map<String, ?> params) {
        return call("/rest", api, params, null, 0, "POST");
    }

    JsonNode call(String path, String api, Map<String, ?> params, String session, long clockSkewMs, String httpMethod) {
        var call = new LinkedHashMap<String, Object>();
        call.put("server", base + path);
        call.put("appKey", appKey);
        call.put("secret", secret);
        call.put("api", api);
        call.put("params", params);
        call.put("session", session);
        call.put("clockSkewMs", clockSkewMs);
        call.put("httpMethod", httpMethod);
        var result = run(new ProcessBuilder("node", "iop-call.mjs", Api.JSON.writeValueAsString(call)), 60);
        assertThat(result.exit()).as("node: %s", result.output()).isZero();
        return Api.JSON.readTree(result.output());
    }

    private record Result(int exit, String output) {}

    private static Result run(ProcessBuilder process, int seconds) {
        try {
            var home = Files.createTempDirectory("iop-home");
            process.directory(DIR.toFile()).redirectErrorStream(true);
            // the SDK writes a log under ~/logs on every error answer
            process.environment().put("HOME", home.toString());
            var started = process.start();
            var output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!started.waitFor(seconds, TimeUnit.SECONDS)) {
                started.destroyForcibly();
                throw new IllegalStateException("timed out: " + process.command());
            }
            return new Result(started.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
