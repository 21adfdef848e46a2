package io.sellercenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class IdempotencyApiTest extends ApiTestBase {

    @Test
    void sameKeyAndBodyReplaysTheFirstAnswerAndCreatesNothingMore() {
        var seller = api.registerSeller();
        var key = UUID.randomUUID().toString();
        var body = Map.of(
                "email",
                Api.uniqueEmail("idem"),
                "password",
                "member-pass-1",
                "displayName",
                "Once",
                "permissions",
                List.of("ORDERS"));

        var first = api.post("/api/v1/sub-accounts", seller.token(), body, "Idempotency-Key", key);
        var second = api.post("/api/v1/sub-accounts", seller.token(), body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(api.get("/api/v1/sub-accounts", seller.token())
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        var seller = api.registerSeller();
        var key = UUID.randomUUID().toString();
        var body = Map.of(
                "email",
                Api.uniqueEmail("idem"),
                "password",
                "member-pass-1",
                "displayName",
                "A",
                "permissions",
                List.of());
        api.post("/api/v1/sub-accounts", seller.token(), body, "Idempotency-Key", key);

        var other = new HashMap<>(body);
        other.put("displayName", "B");
        var reused = api.post("/api/v1/sub-accounts", seller.token(), other, "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void keysBelongToTheirCaller() {
        var one = api.registerSeller();
        var two = api.registerSeller();
        var key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("displayName", "X", "password", "member-pass-1", "permissions", List.of());

        var first = api.post("/api/v1/sub-accounts", one.token(), withEmail(body), "Idempotency-Key", key);
        var second = api.post("/api/v1/sub-accounts", two.token(), withEmail(body), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void racingRetriesCreateExactlyOneAccount() throws Exception {
        var key = UUID.randomUUID().toString();
        var body = Map.of("email", Api.uniqueEmail("race"), "password", "racing-pass-1", "displayName", "Race");
        var tasks = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> api.post("/api/v1/sellers", null, body, "Idempotency-Key", key));
        }

        List<Api.Response> responses;
        try (var pool = Executors.newFixedThreadPool(8)) {
            responses = pool.invokeAll(tasks).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
        var created = responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created.stream().map(r -> r.json().get("sellerId").asLong()).distinct())
                .hasSize(1);
        responses.stream()
                .filter(r -> r.status() == 409)
                .forEach(r -> assertThat(r.code()).isIn("IDEMPOTENCY_KEY_IN_PROGRESS", "EMAIL_TAKEN"));
    }

    @Test
    void uploadsAreReplayedWhateverTheMultipartBoundary() {
        var seller = api.registerSeller();
        var key = UUID.randomUUID().toString();
        var pdf = "%PDF-1.4\n%%EOF\n".getBytes();

        var first = api.upload(seller.token(), "a.pdf", "application/pdf", pdf, "Idempotency-Key", key);
        var second = api.upload(seller.token(), "a.pdf", "application/pdf", pdf, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(second.json().get("documentId")).isEqualTo(first.json().get("documentId"));
    }

    private static Map<String, Object> withEmail(Map<String, Object> body) {
        var copy = new HashMap<>(body);
        copy.put("email", Api.uniqueEmail("k"));
        return copy;
    }
}
