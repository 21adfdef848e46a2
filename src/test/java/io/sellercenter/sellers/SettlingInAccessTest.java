package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import io.sellercenter.Settling;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tenancy (404) and permissions (403) on every settling-in and review endpoint. */
class SettlingInAccessTest extends ApiTestBase {

    @Test
    @DisplayName("R-S8 another seller's brands, stores, documents and certification stay invisible")
    void anotherSellersDataIsNotFound() {
        var owner = new Settling(api);
        var stranger = new Settling(api);
        var category = owner.chooseCategory();
        stranger.chooseCategory();
        var brand = owner.addBrand("OWNED", false, category).get("brandId").asLong();
        owner.saveCertification();

        assertThat(api.get("/api/v1/brands/" + brand, stranger.seller.token()).status())
                .isEqualTo(404);
        assertThat(api.send(
                                "PUT",
                                "/api/v1/brands/" + brand,
                                stranger.seller.token(),
                                SettlingInApiTest.json(stranger.brandBody("OWNED", false, category)),
                                "application/json")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/brands", stranger.seller.token()).json().size())
                .isZero();
        assertThat(api.get("/api/v1/certification", stranger.seller.token()).status())
                .isEqualTo(404);
        var ownersStore = owner.settledWithStore();
        assertThat(api.get("/api/v1/stores/" + ownersStore, owner.seller.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/stores/" + ownersStore, stranger.seller.token())
                        .status())
                .isEqualTo(404);

        var othersDocument = owner.document();
        var body = new HashMap<>(stranger.certificationBody());
        body.put("businessLicenseDocumentId", othersDocument);
        var borrowed = api.send(
                "PUT",
                "/api/v1/certification",
                stranger.seller.token(),
                SettlingInApiTest.json(body),
                "application/json");
        assertThat(borrowed.status()).isEqualTo(400);
        assertThat(borrowed.json().get("errors").get(0).get("code").asString()).isEqualTo("DOCUMENT_NOT_FOUND");

        var store = stranger.openStore("SPECIALIZED", brand);
        assertThat(store.status()).isEqualTo(400);
        assertThat(store.json().get("errors").get(0).get("code").asString()).isEqualTo("UNKNOWN_BRAND");
    }

    @Test
    @DisplayName("R-S8 sub-accounts act within their groups: certification, category and stores are the main account's")
    void subAccountPermissions() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var products = api.subAccount(s.seller, "PRODUCTS");
        var orders = api.subAccount(s.seller, "ORDERS");

        assertThat(api.post("/api/v1/brands", products, s.brandBody("OWNED", false, category))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/brands", orders, s.brandBody("OWNED", false, category))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/brands", orders).json().size()).isEqualTo(1);
        assertThat(api.post("/api/v1/certification/submit", products, "").status())
                .isEqualTo(403);
        assertThat(api.send(
                                "PUT",
                                "/api/v1/certification",
                                products,
                                SettlingInApiTest.json(s.certificationBody()),
                                "application/json")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/stores",
                                products,
                                Map.of("name", "x", "type", "SPECIALIZED", "brandIds", List.of(1)))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/onboarding", orders).status()).isEqualTo(200);
    }

    @Test
    void onlyStaffReviewAndOnlyAdminsEditCategories() {
        var s = new Settling(api);
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        var reviewer = api.token("reviewer@demo.local", DEMO_PASSWORD);
        var reviewId = s.submitCertification();

        assertThat(api.get("/api/v1/reviews", s.seller.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reviews/" + reviewId, s.seller.token()).status())
                .isEqualTo(403);
        assertThat(s.decide(reviewId, "APPROVE", List.of()).status()).isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/reviews/" + reviewId + "/decision",
                                s.seller.token(),
                                Map.of("decision", "APPROVE"))
                        .status())
                .isEqualTo(403);

        var category = Map.of(
                "nameEn",
                "Automotive",
                "nameZh",
                "汽车用品",
                "depositAmount",
                Map.of("amount", "8000.00", "currency", "CNY"),
                "overseasShipFromOpen",
                true);
        assertThat(api.post("/api/v1/categories", reviewer, category).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/categories", s.seller.token(), category).status())
                .isEqualTo(403);
        var created = api.post("/api/v1/categories", admin, category);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("depositAmount").get("amount").asString()).isEqualTo("8000.00");
        var id = created.json().get("categoryId").asLong();
        var changed = api.send(
                "PUT",
                "/api/v1/categories/" + id,
                admin,
                SettlingInApiTest.json(Map.of(
                        "nameEn",
                        "Automotive",
                        "nameZh",
                        "汽车用品",
                        "depositAmount",
                        Map.of("amount", "9000", "currency", "CNY"),
                        "overseasShipFromOpen",
                        false)),
                "application/json");
        assertThat(changed.json().get("overseasShipFromOpen").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/categories", s.seller.token(), "Accept-Language", "zh-CN")
                        .json()
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .contains("汽车用品");
    }

    @Test
    void decisionsAreCheckedAndMadeOnce() {
        var s = new Settling(api);
        var reviewId = s.submitCertification();

        assertThat(s.decide(reviewId, "REJECT", List.of())
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("REASON_REQUIRED");
        assertThat(s.decide(reviewId, "REJECT", List.of("PROVIDER_NAME_NOT_VISIBLE"))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("REASON_NOT_FOR_KIND");
        assertThat(s.decide(reviewId, "APPROVE", List.of()).status()).isEqualTo(200);
        var twice = s.decide(reviewId, "REJECT", List.of("OTHER"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(twice.json().get("from").asString()).isEqualTo("APPROVED");
        assertThat(twice.json().get("to").asString()).isEqualTo("REJECTED");
        assertThat(twice.json().get("detail").asString()).contains("“Approved”", "“Rejected”");
    }
}
