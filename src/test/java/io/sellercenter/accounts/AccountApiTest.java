package io.sellercenter.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountApiTest extends ApiTestBase {

    @Test
    @DisplayName("R-S2 a seller registers a main account, logs in with a token and sees itself")
    void registersSellerAndLogsIn() {
        var seller = api.registerSeller();

        var me = api.get("/api/v1/me", seller.token());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("accountId").asLong()).isEqualTo(seller.accountId());
        assertThat(me.json().get("sellerId").asLong()).isEqualTo(seller.sellerId());
        assertThat(me.json().get("email").asString()).isEqualTo(seller.email());
        assertThat(me.json().get("kind").asString()).isEqualTo("MAIN");
        assertThat(me.json().get("permissions").valueStream().map(n -> n.asString()))
                .containsExactlyInAnyOrder("PRODUCTS", "ORDERS", "SHIPPING", "WAREHOUSES", "FINANCE");
    }

    @Test
    void registersBuyer() {
        var email = Api.uniqueEmail("buyer");
        var created = api.post(
                "/api/v1/buyers", null, Map.of("email", email, "password", "buyer-pass-1", "displayName", "Ann"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("buyerId").asLong()).isPositive();
        var me = api.get("/api/v1/me", api.token(email, "buyer-pass-1")).json();
        assertThat(me.get("kind").asString()).isEqualTo("BUYER");
        assertThat(me.get("buyerId").asLong())
                .isEqualTo(created.json().get("buyerId").asLong());
        assertThat(me.get("sellerId").isNull()).isTrue();
    }

    @Test
    void refusesSecondAccountWithSameEmailInAnyCase() {
        var seller = api.registerSeller();

        var again = api.post(
                "/api/v1/buyers",
                null,
                Map.of("email", seller.email().toUpperCase(), "password", "another-pass", "displayName", "X"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void answersInChineseWhenAskedTo() {
        var response = api.post(
                "/api/v1/sellers",
                null,
                Map.of("email", "not-an-email", "password", "short", "displayName", ""),
                "Accept-Language",
                "zh-CN");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.json().get("detail").asString()).contains("字段");
        assertThat(response.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("email", "password", "displayName");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .matches(".*\\p{IsHan}.*");
    }

    @Test
    void refusesWrongPasswordWithoutSayingWhichPartWasWrong() {
        var seller = api.registerSeller();

        var wrongPassword =
                api.post("/api/v1/auth/tokens", null, Map.of("email", seller.email(), "password", "wrong-password"));
        var unknownEmail = api.post(
                "/api/v1/auth/tokens", null, Map.of("email", Api.uniqueEmail("nobody"), "password", "wrong-password"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("detail"))
                .isEqualTo(unknownEmail.json().get("detail"));
    }

    @Test
    void throttlesRepeatedFailedLoginsWithRetryAfter() {
        var seller = api.registerSeller();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/tokens", null, Map.of("email", seller.email(), "password", "guess-" + i))
                            .status())
                    .isEqualTo(401);
        }

        var throttled =
                api.post("/api/v1/auth/tokens", null, Map.of("email", seller.email(), "password", "secret-pass-1"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.code()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L + 1);
    }

    @Test
    void refusesMissingBadAndRevokedTokens() {
        var seller = api.registerSeller();

        assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", "not-a-token").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", null).code()).isEqualTo("UNAUTHENTICATED");

        assertThat(api.delete("/api/v1/auth/tokens/current", seller.token()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", seller.token()).status()).isEqualTo(401);
    }

    @Test
    void demoModeCreatesStaffSellerAndBuyer() {
        var admin = api.get("/api/v1/me", api.token("admin@demo.local", DEMO_PASSWORD))
                .json();
        var reviewer = api.get("/api/v1/me", api.token("reviewer@demo.local", DEMO_PASSWORD))
                .json();
        var seller = api.get("/api/v1/me", api.token("seller@demo.local", DEMO_PASSWORD))
                .json();
        var buyer = api.get("/api/v1/me", api.token("buyer@demo.local", DEMO_PASSWORD))
                .json();

        assertThat(admin.get("kind").asString()).isEqualTo("STAFF");
        assertThat(admin.get("roles").valueStream().map(n -> n.asString())).contains("ADMIN");
        assertThat(reviewer.get("roles").valueStream().map(n -> n.asString())).contains("REVIEWER");
        assertThat(seller.get("kind").asString()).isEqualTo("MAIN");
        assertThat(buyer.get("kind").asString()).isEqualTo("BUYER");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        var login = api.get("/login", null);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void publishesTheApiDescription() {
        var docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.json().get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/sellers",
                        "/api/v1/buyers",
                        "/api/v1/auth/tokens",
                        "/api/v1/me",
                        "/api/v1/sub-accounts",
                        "/api/v1/sub-accounts/{id}",
                        "/api/v1/documents",
                        "/api/v1/documents/{id}");
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }
}
