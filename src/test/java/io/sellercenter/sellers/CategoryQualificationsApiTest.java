package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Settling;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** R-S4 (seed 004): each major category has its own qualification requirements, reviewed before the deposit. */
class CategoryQualificationsApiTest extends ApiTestBase {

    @Test
    @DisplayName(
            "R-S4 the admin lists a category's required documents; the precheck names each missing one, staff review them, the deposit waits for approval")
    void requiredDocumentsBeforeTheDeposit() {
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        var duplicate = api.post(
                "/api/v1/categories",
                admin,
                category(
                        "Pet Supplies " + System.nanoTime(),
                        List.of(
                                Map.of("code", "FEED_LICENCE", "nameEn", "Feed licence", "nameZh", "饲料生产许可证"),
                                Map.of("code", "FEED_LICENCE", "nameEn", "Feed licence", "nameZh", "饲料生产许可证"))));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").toString()).contains("DUPLICATE_QUALIFICATION");
        var lowercase = api.post(
                "/api/v1/categories",
                admin,
                category(
                        "Pet Supplies " + System.nanoTime(),
                        List.of(Map.of("code", "feed", "nameEn", "Feed licence", "nameZh", "饲料生产许可证"))));
        assertThat(lowercase.status()).isEqualTo(400);
        var created = api.post(
                "/api/v1/categories",
                admin,
                category(
                        "Pet Supplies " + System.nanoTime(),
                        List.of(
                                Map.of("code", "FEED_LICENCE", "nameEn", "Feed licence", "nameZh", "饲料生产许可证"),
                                Map.of(
                                        "code",
                                        "QUARANTINE_CERTIFICATE",
                                        "nameEn",
                                        "Quarantine certificate",
                                        "nameZh",
                                        "检疫证明"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()
                        .get("requiredQualifications")
                        .get(1)
                        .get("code")
                        .asString())
                .isEqualTo("QUARANTINE_CERTIFICATE");
        var categoryId = created.json().get("categoryId").asLong();

        var s = new Settling(api);
        s.certified();
        var chosen = s.chooseCategory(categoryId);
        assertThat(chosen.get("requiredQualifications")).hasSize(2);
        var view = majorCategory(s);
        assertThat(view.get("qualificationStatus").asString()).isEqualTo("DRAFT");
        assertThat(view.get("depositPayable").asBoolean()).isFalse();
        assertThat(view.get("precheck").valueStream().map(p -> p.get("message").asString()))
                .containsExactly("Upload the Feed licence.", "Upload the Quarantine certificate.");

        var early = api.post("/api/v1/deposits", s.seller.token(), Map.of("provider", "ALIPAY_INTL"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("QUALIFICATIONS_NOT_APPROVED");
        assertThat(early.json().get("rule").asString()).isEqualTo("R-S4");

        var incomplete = submit(s);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.code()).isEqualTo("PRECHECK_FAILED");
        assertThat(incomplete.json().get("failed").toString()).contains("FEED_LICENCE", "QUARANTINE_CERTIFICATE");

        assertThat(provide(s.seller.token(), "FEED_LICENCE", s.document()).status())
                .isEqualTo(200);
        var oneMissing = submit(s);
        assertThat(oneMissing.json().get("failed").toString())
                .doesNotContain("FEED_LICENCE")
                .contains("QUARANTINE_CERTIFICATE");
        assertThat(oneMissing.json().get("detail").asString()).contains("Quarantine certificate");

        var unknown = provide(s.seller.token(), "COSMETICS_PRODUCTION_LICENCE", s.document());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").toString()).contains("UNKNOWN_QUALIFICATION");
        var other = new Settling(api);
        var foreign = provide(s.seller.token(), "QUARANTINE_CERTIFICATE", other.document());
        assertThat(foreign.status())
                .as("another seller's upload is not this seller's")
                .isEqualTo(400);
        assertThat(foreign.json().get("errors").toString()).contains("DOCUMENT_NOT_FOUND");
        var subAccount = api.subAccount(s.seller, "PRODUCTS", "ORDERS", "SHIPPING", "WAREHOUSES", "FINANCE");
        assertThat(provide(subAccount, "QUARANTINE_CERTIFICATE", s.document()).status())
                .as("the main account applies")
                .isEqualTo(403);
        assertThat(api.post("/api/v1/major-category/qualifications/submit", subAccount, "")
                        .status())
                .isEqualTo(403);

        provide(s.seller.token(), "QUARANTINE_CERTIFICATE", s.document());
        var submitted = submit(s);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(submitted.json().get("qualificationStatus").asString()).isEqualTo("IN_REVIEW");
        var reviewId = submitted.json().get("qualificationReviewId").asLong();
        assertThat(provide(s.seller.token(), "FEED_LICENCE", s.document()).code())
                .isEqualTo("QUALIFICATIONS_LOCKED");
        assertThat(api.send(
                                "PUT",
                                "/api/v1/major-category",
                                s.seller.token(),
                                BodyPublishers.ofString("{\"categoryId\": "
                                        + s.majorCategory(true)
                                                .get("categoryId")
                                                .asLong() + "}"),
                                "application/json")
                        .code())
                .isEqualTo("MAJOR_CATEGORY_LOCKED");

        var reviewer = api.token("reviewer@demo.local", DEMO_PASSWORD);
        var reviewCase = api.get("/api/v1/reviews/" + reviewId, reviewer).json();
        assertThat(reviewCase.get("kind").asString()).isEqualTo("CATEGORY_QUALIFICATIONS");
        assertThat(reviewCase
                        .get("materials")
                        .valueStream()
                        .map(m -> m.get("label").asString()))
                .contains("Feed licence / 饲料生产许可证", "Quarantine certificate / 检疫证明");
        assertThat(s.decide(reviewId, "REJECT", List.of("QUALIFICATION_EXPIRED"))
                        .status())
                .isEqualTo(200);
        var rejected = majorCategory(s);
        assertThat(rejected.get("qualificationStatus").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reasons").get(0).get("code").asString()).isEqualTo("QUALIFICATION_EXPIRED");

        assertThat(provide(s.seller.token(), "FEED_LICENCE", s.document())
                        .json()
                        .get("qualificationStatus")
                        .asString())
                .isEqualTo("DRAFT");
        assertThat(submit(s).status()).isEqualTo(202);
        assertThat(s.decide(reviewId, "APPROVE", List.of()).status()).isEqualTo(200);
        var approved = majorCategory(s);
        assertThat(approved.get("qualificationStatus").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("depositPayable").asBoolean()).isTrue();
        assertThat(s.startDeposit(s.seller.token(), "ALIPAY_INTL").get("status").asString())
                .isEqualTo("PENDING");
    }

    @Test
    @DisplayName("R-S4 a category without required documents has nothing to review: the deposit is payable at once")
    void nothingRequired() {
        var s = new Settling(api);
        s.chooseCategory();
        var view = majorCategory(s);
        assertThat(view.get("qualificationStatus").asString()).isEqualTo("NOT_REQUIRED");
        assertThat(view.get("depositPayable").asBoolean()).isTrue();
        assertThat(submit(s).code()).isEqualTo("NO_QUALIFICATIONS_REQUIRED");
    }

    private static Map<String, Object> category(String name, List<Map<String, String>> qualifications) {
        return Map.of(
                "nameEn",
                name,
                "nameZh",
                "宠物用品",
                "depositAmount",
                Map.of("amount", "8000.00", "currency", "CNY"),
                "overseasShipFromOpen",
                true,
                "requiredQualifications",
                qualifications);
    }

    private JsonNode majorCategory(Settling s) {
        return api.get("/api/v1/major-category", s.seller.token()).json();
    }

    private Api.Response submit(Settling s) {
        return api.post("/api/v1/major-category/qualifications/submit", s.seller.token(), "");
    }

    private Api.Response provide(String token, String code, long documentId) {
        return api.send(
                "PUT",
                "/api/v1/major-category/qualifications/" + code,
                token,
                BodyPublishers.ofString("{\"documentId\": " + documentId + "}"),
                "application/json");
    }
}
