package io.sellercenter.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubAccountApiTest extends ApiTestBase {

    @Test
    @DisplayName("R-S8 a main account creates, lists, changes and disables sub-accounts")
    void mainAccountManagesSubAccounts() {
        var seller = api.registerSeller();
        var email = Api.uniqueEmail("member");

        var created = api.post(
                "/api/v1/sub-accounts",
                seller.token(),
                Map.of(
                        "email",
                        email,
                        "password",
                        "member-pass-1",
                        "displayName",
                        "Li Na",
                        "permissions",
                        List.of("ORDERS", "SHIPPING")));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().get("accountId").asLong();

        var list = api.get("/api/v1/sub-accounts", seller.token()).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("email").asString()).isEqualTo(email);

        var subToken = api.token(email, "member-pass-1");
        var me = api.get("/api/v1/me", subToken).json();
        assertThat(me.get("kind").asString()).isEqualTo("SUB");
        assertThat(me.get("sellerId").asLong()).isEqualTo(seller.sellerId());
        assertThat(me.get("permissions").valueStream().map(n -> n.asString()))
                .containsExactlyInAnyOrder("ORDERS", "SHIPPING");

        var changed =
                api.patch("/api/v1/sub-accounts/" + id, seller.token(), Map.of("permissions", List.of("WAREHOUSES")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", subToken)
                        .json()
                        .get("permissions")
                        .valueStream()
                        .map(n -> n.asString()))
                .containsExactly("WAREHOUSES");

        var disabled = api.patch("/api/v1/sub-accounts/" + id, seller.token(), Map.of("enabled", false));
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/me", subToken).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/tokens", null, Map.of("email", email, "password", "member-pass-1"))
                        .status())
                .isEqualTo(401);

        api.patch("/api/v1/sub-accounts/" + id, seller.token(), Map.of("enabled", true));
        assertThat(api.get("/api/v1/me", subToken).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("R-S8 a refused sub-account is told which permission it lacks, named in its language")
    void refusalNamesTheMissingPermission() {
        var sub = api.subAccount(api.registerSeller(), "ORDERS");

        var english = api.get("/api/v1/logistics-orders", sub);
        var chinese = api.get("/api/v1/logistics-orders", sub, "Accept-Language", "zh-CN");

        assertThat(english.status()).isEqualTo(403);
        assertThat(english.code()).isEqualTo("PERMISSION_REQUIRED");
        assertThat(english.json().get("permission").asString()).isEqualTo("SHIPPING");
        assertThat(english.json().get("detail").asString()).startsWith("This needs the Shipping permission");
        assertThat(chinese.json().get("permission").asString()).isEqualTo("SHIPPING");
        assertThat(chinese.json().get("detail").asString()).startsWith("此操作需要“发货”权限");
    }

    @Test
    @DisplayName("R-S8 a sub-account never manages sub-accounts, whatever its permissions")
    void subAccountCannotManageSubAccounts() {
        var seller = api.registerSeller();
        var sub = api.subAccount(seller, "PRODUCTS", "ORDERS", "SHIPPING", "WAREHOUSES", "FINANCE");
        var other = api.get("/api/v1/sub-accounts", seller.token())
                .json()
                .get("items")
                .get(0)
                .get("accountId")
                .asLong();

        assertThat(api.get("/api/v1/sub-accounts", sub).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/sub-accounts", sub).code()).isEqualTo("MAIN_ACCOUNT_REQUIRED");
        assertThat(api.get("/api/v1/sub-accounts/" + other, sub).status()).isEqualTo(403);
        assertThat(api.patch("/api/v1/sub-accounts/" + other, sub, Map.of("enabled", false))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/sub-accounts",
                                sub,
                                Map.of(
                                        "email",
                                        Api.uniqueEmail("x"),
                                        "password",
                                        "whatever-1",
                                        "displayName",
                                        "X",
                                        "permissions",
                                        List.of()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("R-S8 another seller's sub-accounts are not found")
    void anotherSellersSubAccountsAreNotFound() {
        var owner = api.registerSeller();
        var stranger = api.registerSeller();
        api.subAccount(owner, "ORDERS");
        var id = api.get("/api/v1/sub-accounts", owner.token())
                .json()
                .get("items")
                .get(0)
                .get("accountId")
                .asLong();

        assertThat(api.get("/api/v1/sub-accounts/" + id, stranger.token()).status())
                .isEqualTo(404);
        assertThat(api.patch("/api/v1/sub-accounts/" + id, stranger.token(), Map.of("enabled", false))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/sub-accounts", stranger.token())
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.patch("/api/v1/sub-accounts/" + owner.accountId(), owner.token(), Map.of("enabled", false))
                        .status())
                .as("the main account is not a sub-account")
                .isEqualTo(404);
    }

    @Test
    void buyersAndStaffHaveNoSubAccounts() {
        var buyer = api.buyerToken();
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);

        assertThat(api.get("/api/v1/sub-accounts", buyer).code()).isEqualTo("SELLER_ACCOUNT_REQUIRED");
        assertThat(api.get("/api/v1/sub-accounts", admin).status()).isEqualTo(403);
    }

    @Test
    void pagesTheList() {
        var seller = api.registerSeller();
        for (int i = 0; i < 3; i++) {
            api.subAccount(seller, "ORDERS");
        }

        var page = api.get("/api/v1/sub-accounts?page=1&size=2", seller.token()).json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/sub-accounts?size=201", seller.token()).status())
                .isEqualTo(400);
    }
}
