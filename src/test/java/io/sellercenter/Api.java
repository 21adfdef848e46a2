package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: real requests to the running application. */
public final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, HttpHeaders headers, byte[] body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String code() {
            return json().path("code").asString();
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    /** A registered seller with its main account's token. */
    public record Seller(long sellerId, long accountId, String email, String token) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public Response get(String path, String token, String... headers) {
        return send("GET", path, token, BodyPublishers.noBody(), null, headers);
    }

    public Response post(String path, String token, Object body, String... headers) {
        return send("POST", path, token, json(body), "application/json", headers);
    }

    public Response patch(String path, String token, Object body, String... headers) {
        return send("PATCH", path, token, json(body), "application/json", headers);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, BodyPublishers.noBody(), null);
    }

    public Response send(
            String method, String path, String token, BodyPublisher body, String contentType, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    public Response upload(String token, String fileName, String contentType, byte[] content, String... headers) {
        var boundary = "----sellercenter" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(
                ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nlicense\r\n--"
                                + boundary + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        return send(
                "POST",
                "/api/v1/documents",
                token,
                BodyPublishers.ofByteArray(out.toByteArray()),
                "multipart/form-data; boundary=" + boundary,
                headers);
    }

    public String token(String email, String password) {
        var response = post("/api/v1/auth/tokens", null, Map.of("email", email, "password", password));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("token").asString();
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
    }

    public Seller registerSeller() {
        return registerSeller(uniqueEmail("seller"));
    }

    public Seller registerSeller(String email) {
        var response = post(
                "/api/v1/sellers",
                null,
                Map.of("email", email, "password", "secret-pass-1", "displayName", "Test Trading Co."));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var json = response.json();
        return new Seller(
                json.get("sellerId").asLong(), json.get("accountId").asLong(), email, token(email, "secret-pass-1"));
    }

    /** A sub-account of the seller with the given permission groups; returns its token. */
    public String subAccount(Seller seller, String... permissions) {
        return token(subAccountEmail(seller, permissions), "secret-pass-2");
    }

    /** A sub-account of the seller with the given permission groups and the password {@code secret-pass-2}. */
    public String subAccountEmail(Seller seller, String... permissions) {
        var email = uniqueEmail("sub");
        var response = post(
                "/api/v1/sub-accounts",
                seller.token(),
                Map.of(
                        "email",
                        email,
                        "password",
                        "secret-pass-2",
                        "displayName",
                        "Team member",
                        "permissions",
                        List.of(permissions)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return email;
    }

    public String buyerToken() {
        var email = uniqueEmail("buyer");
        var response = post(
                "/api/v1/buyers", null, Map.of("email", email, "password", "secret-pass-3", "displayName", "A Buyer"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return token(email, "secret-pass-3");
    }

    /** Polls until the condition holds, for effects that arrive asynchronously (provider notifications). */
    public static void await(String what, BooleanSupplier condition) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static BodyPublisher json(Object body) {
        if (body instanceof String raw) {
            return BodyPublishers.ofString(raw);
        }
        return BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    }
}
