package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Settling;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettlingInApiTest extends ApiTestBase {

    @Test
    @DisplayName("R-S1 R-S2 a novice seller settles in: certified, category, deposit, approved brand, official store")
    void wholeJourney() {
        var s = new Settling(api);
        assertThat(s.step("CERTIFICATION").get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(api.get("/api/v1/onboarding", s.seller.token())
                        .json()
                        .get("next")
                        .asString())
                .isEqualTo("CERTIFICATION");

        var reviewId = s.submitCertification();
        var reviewer = api.token("reviewer@demo.local", DEMO_PASSWORD);
        var queue = api.get("/api/v1/reviews?status=IN_REVIEW&kind=CERTIFICATION&size=200", reviewer)
                .json();
        assertThat(queue.get("items").valueStream().map(i -> i.get("reviewId").asLong()))
                .contains(reviewId);
        var reviewCase = api.get("/api/v1/reviews/" + reviewId, reviewer).json();
        assertThat(reviewCase.get("sellerName").asString()).isEqualTo("Test Trading Co.");
        assertThat(reviewCase.get("subject").asString()).isEqualTo("Shenzhen Test Trading Co., Ltd.");
        assertThat(reviewCase
                        .get("materials")
                        .valueStream()
                        .map(m -> m.get("label").asString()))
                .contains("businessLicense", "unifiedSocialCreditCode");
        assertThat(reviewCase
                        .get("precheck")
                        .valueStream()
                        .allMatch(p -> p.get("passed").asBoolean()))
                .isTrue();
        assertThat(s.decide(reviewId, "APPROVE", List.of()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/certification", s.seller.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");

        var category = s.chooseCategory();
        s.depositPaid();
        var brandId = s.approvedBrand("OWNED", false, category);

        var store = s.openStore("OFFICIAL", brandId);
        assertThat(store.status()).as(store.toString()).isEqualTo(201);
        assertThat(store.json().get("type").asString()).isEqualTo("OFFICIAL");
        assertThat(api.get("/api/v1/stores", s.seller.token()).json().size()).isEqualTo(1);

        var checklist = api.get("/api/v1/onboarding", s.seller.token()).json();
        assertThat(checklist
                        .get("steps")
                        .valueStream()
                        .allMatch(step -> step.get("done").asBoolean()))
                .isTrue();
        assertThat(checklist.get("canOpenStore").asBoolean()).isTrue();
        assertThat(checklist.get("next").isNull()).isTrue();
    }

    @Test
    @DisplayName("R-S3 a wrong credit code or ID number is refused at its field, in English and Chinese")
    void wrongCodesAreRefusedAtTheirField() {
        var s = new Settling(api);
        var body = Map.of(
                "companyName", "X",
                "unifiedSocialCreditCode", "91350100M000100Y44",
                "legalRepresentative", Map.of("name", "Zhang Wei", "idNumber", "110105194912310021"));

        var english = api.send("PUT", "/api/v1/certification", s.seller.token(), json(body), "application/json");
        var chinese = api.send(
                "PUT",
                "/api/v1/certification",
                s.seller.token(),
                json(body),
                "application/json",
                "Accept-Language",
                "zh-CN");

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json()
                        .get("errors")
                        .valueStream()
                        .map(e ->
                                e.get("field").asString() + ":" + e.get("code").asString()))
                .containsExactlyInAnyOrder(
                        "unifiedSocialCreditCode:CREDIT_CODE_INVALID",
                        "legalRepresentative.idNumber:ID_NUMBER_INVALID");
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .contains("check character");
        assertThat(chinese.json().get("errors").get(0).get("message").asString())
                .contains("校验码");
    }

    @Test
    @DisplayName("R-S3 saving shows every precheck; submitting with one failing is refused")
    void prechecksAreShownAndBlockSubmission() {
        var s = new Settling(api);
        var draft = api.send(
                "PUT",
                "/api/v1/certification",
                s.seller.token(),
                json(Map.of("companyName", "Only A Name Ltd.", "unifiedSocialCreditCode", Settling.creditCode())),
                "application/json");

        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
        var checks = draft.json().get("precheck");
        assertThat(checks.size()).isEqualTo(5);
        assertThat(checks.valueStream()
                        .filter(c -> c.get("passed").asBoolean())
                        .map(c -> c.get("check").asString()))
                .containsExactlyInAnyOrder("COMPANY_NAME", "UNIFIED_SOCIAL_CREDIT_CODE");
        assertThat(checks.valueStream()
                        .filter(c -> !c.get("passed").asBoolean())
                        .map(c -> c.get("reasonCode").asString()))
                .containsOnly("MISSING");

        var submit = api.post("/api/v1/certification/submit", s.seller.token(), "");
        assertThat(submit.status()).isEqualTo(422);
        assertThat(submit.code()).isEqualTo("PRECHECK_FAILED");
        assertThat(submit.json().get("rule").asString()).isEqualTo("R-S3");
        assertThat(submit.json().get("detail").asString()).contains("Business license image");
        assertThat(submit.json().get("failed").valueStream().map(f -> f.asString()))
                .contains("BUSINESS_LICENSE");
    }

    @Test
    @DisplayName(
            "R-S3 a rejected certification shows its reasons in the seller's language and is resubmitted as a new revision")
    void rejectedCertificationIsFixedAndResubmitted() {
        var s = new Settling(api);
        var reviewId = s.submitCertification();

        assertThat(s.decide(reviewId, "REJECT", List.of("LICENSE_UNREADABLE")).status())
                .isEqualTo(200);

        var rejected = api.get("/api/v1/certification", s.seller.token(), "Accept-Language", "zh-CN")
                .json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reasons").get(0).get("code").asString()).isEqualTo("LICENSE_UNREADABLE");
        assertThat(rejected.get("reasons").get(0).get("message").asString()).isEqualTo("营业执照图片无法辨认。");
        assertThat(api.post("/api/v1/certification/submit", s.seller.token(), "")
                        .status())
                .as("a rejected certification is corrected before it goes back")
                .isEqualTo(409);

        assertThat(s.submitCertification()).isEqualTo(reviewId);
        var history = api.get("/api/v1/reviews/" + reviewId, api.token("reviewer@demo.local", DEMO_PASSWORD))
                .json()
                .get("history");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("decision").asString()).isEqualTo("REJECT");
        assertThat(history.get(1).get("decision").isNull()).isTrue();
        assertThat(api.get("/api/v1/certification", s.seller.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    @DisplayName("R-S4 exactly one major category, fixed once certification is approved; brands stay inside it")
    void majorCategoryRules() {
        var s = new Settling(api);
        var open = s.majorCategory(true);
        var closed = s.majorCategory(false);
        var sub = open.get("children").get(0).get("categoryId").asLong();

        var notMajor = put(s, "/api/v1/major-category", "{\"categoryId\": " + sub + "}");
        assertThat(notMajor.status()).isEqualTo(422);
        assertThat(notMajor.code()).isEqualTo("NOT_A_MAJOR_CATEGORY");

        assertThat(api.post("/api/v1/brands", s.seller.token(), s.brandBody("OWNED", false, open))
                        .code())
                .isEqualTo("MAJOR_CATEGORY_REQUIRED");

        s.chooseCategory();
        assertThat(put(
                                s,
                                "/api/v1/major-category",
                                "{\"categoryId\": " + closed.get("categoryId").asLong() + "}")
                        .status())
                .as("may change before certification is approved")
                .isEqualTo(200);
        s.chooseCategory();
        var outside = api.post("/api/v1/brands", s.seller.token(), s.brandBody("OWNED", false, closed));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.code()).isEqualTo("SUB_CATEGORY_OUTSIDE_MAJOR_CATEGORY");

        s.certified();
        var locked = put(
                s,
                "/api/v1/major-category",
                "{\"categoryId\": " + closed.get("categoryId").asLong() + "}");
        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.code()).isEqualTo("MAJOR_CATEGORY_LOCKED");
        assertThat(locked.json().get("rule").asString()).isEqualTo("R-S4");
    }

    @Test
    @DisplayName("R-S6 an authorized trademark needs the authorization letter; approval is staff's")
    void brandMaterialsAndReview() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var body = s.brandBody("AUTHORIZED", false, category);
        body.remove("authorizationDocumentId");

        var refused = api.post("/api/v1/brands", s.seller.token(), body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("authorizationDocumentId");

        var brand = s.addBrand("AUTHORIZED", true, category);
        assertThat(brand.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(s.decide(brand.get("applicationId").asLong(), "REJECT", List.of("AUTHORIZATION_INVALID"))
                        .status())
                .isEqualTo(200);
        var rejected = api.get("/api/v1/brands/" + brand.get("brandId").asLong(), s.seller.token())
                .json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");

        var again = api.send(
                "PUT",
                "/api/v1/brands/" + brand.get("brandId").asLong(),
                s.seller.token(),
                json(s.brandBody("AUTHORIZED", true, category)),
                "application/json");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(s.decide(brand.get("applicationId").asLong(), "APPROVE", List.of())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/brands", s.seller.token())
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("R-S7 a store opens only when settled in; exclusive and official need one owned or exclusive brand")
    void storeRules() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var brand = s.approvedBrand("AUTHORIZED", false, category);

        var early = s.openStore("SPECIALIZED", brand);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("STORE_REQUIREMENTS_MISSING");
        assertThat(early.json().get("missing").valueStream().map(n -> n.asString()))
                .containsExactlyInAnyOrder("CERTIFICATION_APPROVED", "DEPOSIT_PAID");
        assertThat(api.get("/api/v1/onboarding", s.seller.token())
                        .json()
                        .get("storeBlockers")
                        .valueStream()
                        .map(n -> n.asString()))
                .containsExactlyInAnyOrder("CERTIFICATION_APPROVED", "DEPOSIT_PAID");

        s.certified();
        s.depositPaid();
        var owned = s.approvedBrand("OWNED", false, category);
        var pending = s.addBrand("OWNED", false, category).get("brandId").asLong();

        assertThat(s.openStore("EXCLUSIVE", brand).code()).isEqualTo("BRAND_NOT_OWNED_OR_EXCLUSIVE");
        assertThat(s.openStore("OFFICIAL", brand, owned).code()).isEqualTo("ONE_BRAND_FOR_STORE_TYPE");
        assertThat(s.openStore("SPECIALIZED", pending)
                        .json()
                        .get("missing")
                        .valueStream()
                        .map(n -> n.asString()))
                .containsExactly("BRAND_APPROVED");
        assertThat(s.openStore("SPECIALIZED", brand, owned).status()).isEqualTo(201);
        assertThat(s.openStore("EXCLUSIVE", owned).status()).isEqualTo(201);
        assertThat(s.openStore("OFFICIAL", owned).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/stores", s.seller.token()).json().size()).isEqualTo(2);
    }

    private Api.Response put(Settling s, String path, String body) {
        return api.send("PUT", path, s.seller.token(), BodyPublishers.ofString(body), "application/json");
    }

    static HttpRequest.BodyPublisher json(Object body) {
        return BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body));
    }
}
