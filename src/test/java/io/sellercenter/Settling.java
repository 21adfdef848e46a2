package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.sellers.ResidentIdNumber;
import io.sellercenter.sellers.UnifiedSocialCreditCode;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/** Walks a seller through settling in over the API, one step at a time. */
public final class Settling {

    public static final String PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n";
    private static final Random RANDOM = new Random();

    private final Api api;
    public final Api.Seller seller;
    private final String reviewer;

    public Settling(Api api) {
        this.api = api;
        this.seller = api.registerSeller();
        this.reviewer = api.token("reviewer@demo.local", "demo1234");
    }

    public static String creditCode() {
        var first17 = new StringBuilder("91440300");
        while (first17.length() < 17) {
            first17.append(UnifiedSocialCreditCode.ALPHABET.charAt(RANDOM.nextInt(31)));
        }
        return first17 + String.valueOf(UnifiedSocialCreditCode.checkCharacter(first17.toString()));
    }

    public static String idNumber() {
        var first17 = "44030519850612" + String.format("%03d", RANDOM.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    public long document() {
        var uploaded = api.upload(seller.token(), "doc.pdf", "application/pdf", PDF.getBytes());
        assertThat(uploaded.status()).isEqualTo(201);
        return uploaded.json().get("documentId").asLong();
    }

    public Map<String, Object> certificationBody() {
        return Map.of(
                "companyName", "Shenzhen Test Trading Co., Ltd.",
                "unifiedSocialCreditCode", creditCode(),
                "legalRepresentative", Map.of("name", "Zhang Wei", "idNumber", idNumber()),
                "businessLicenseDocumentId", document());
    }

    public Api.Response saveCertification() {
        return api.send(
                "PUT",
                "/api/v1/certification",
                seller.token(),
                BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(certificationBody())),
                "application/json");
    }

    public long submitCertification() {
        assertThat(saveCertification().status()).isEqualTo(200);
        var submitted = api.post("/api/v1/certification/submit", seller.token(), "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        return submitted.json().get("reviewId").asLong();
    }

    public Api.Response decide(long reviewId, String decision, List<String> reasons) {
        return api.post(
                "/api/v1/reviews/" + reviewId + "/decision",
                reviewer,
                Map.of("decision", decision, "reasonCodes", reasons, "comment", "checked"));
    }

    public void certified() {
        assertThat(decide(submitCertification(), "APPROVE", List.of()).status()).isEqualTo(200);
    }

    public JsonNode majorCategory(boolean overseasOpen) {
        for (var category : api.get("/api/v1/categories", seller.token()).json()) {
            if (category.get("overseasShipFromOpen").asBoolean() == overseasOpen) {
                return category;
            }
        }
        throw new AssertionError("no demo category with overseasShipFromOpen=" + overseasOpen);
    }

    public JsonNode chooseCategory() {
        return chooseCategory(majorCategory(true));
    }

    public JsonNode chooseCategory(long categoryId) {
        for (var category : api.get("/api/v1/categories", seller.token()).json()) {
            if (category.get("categoryId").asLong() == categoryId) {
                return chooseCategory(category);
            }
        }
        throw new AssertionError("no category " + categoryId);
    }

    private JsonNode chooseCategory(JsonNode category) {
        var chosen = api.send(
                "PUT",
                "/api/v1/major-category",
                seller.token(),
                BodyPublishers.ofString(
                        "{\"categoryId\": " + category.get("categoryId").asLong() + "}"),
                "application/json");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        return category;
    }

    public JsonNode startDeposit(String token, String provider) {
        var payment = api.post("/api/v1/deposits", token, Map.of("provider", provider));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        return payment.json();
    }

    /** The payer acts on the sandbox provider's page, as a browser would. */
    public Api.Response payAtProvider(JsonNode payment, String action) {
        return api.send("POST", payment.get("payUrl").asString() + "/" + action, null, BodyPublishers.noBody(), null);
    }

    public void depositPaid() {
        var payment = startDeposit(seller.token(), "ALIPAY_INTL");
        assertThat(payAtProvider(payment, "confirm").status()).isEqualTo(302);
        Api.await("the deposit to be paid", () -> step("DEPOSIT").get("done").asBoolean());
    }

    public JsonNode step(String name) {
        for (var step : api.get("/api/v1/onboarding", seller.token()).json().get("steps")) {
            if (step.get("step").asString().equals(name)) {
                return step;
            }
        }
        throw new AssertionError(name);
    }

    public Map<String, Object> brandBody(String ownership, boolean exclusive, JsonNode category) {
        var body = new HashMap<String, Object>();
        body.put("name", "Brand " + RANDOM.nextInt(1_000_000));
        body.put("trademarkRegistrationNumber", String.valueOf(10_000_000 + RANDOM.nextInt(89_999_999)));
        body.put("ownership", ownership);
        body.put("exclusive", exclusive);
        body.put("certificateDocumentId", document());
        if (ownership.equals("AUTHORIZED")) {
            body.put("authorizationDocumentId", document());
        }
        body.put(
                "subCategoryIds",
                List.of(category.get("children").get(0).get("categoryId").asLong()));
        return body;
    }

    public JsonNode addBrand(String ownership, boolean exclusive, JsonNode category) {
        var brand = api.post("/api/v1/brands", seller.token(), brandBody(ownership, exclusive, category));
        assertThat(brand.status()).as(brand.toString()).isEqualTo(201);
        return brand.json();
    }

    /** Both reviews approved (R-S6): the brand's publishing permission, then its sub-categories' authorization. */
    public long approvedBrand(String ownership, boolean exclusive, JsonNode category) {
        var brand = addBrand(ownership, exclusive, category);
        assertThat(decide(brand.get("applicationId").asLong(), "APPROVE", List.of())
                        .status())
                .isEqualTo(200);
        var brandId = brand.get("brandId").asLong();
        assertThat(decide(authorizationInReview(brandId), "APPROVE", List.of()).status())
                .isEqualTo(200);
        return brandId;
    }

    /** The review of the brand's trademark authorization still waiting (R-S6). */
    public long authorizationInReview(long brandId) {
        for (var a : api.get("/api/v1/brands/" + brandId + "/authorizations", seller.token())
                .json()) {
            if (a.get("status").asString().equals("IN_REVIEW")) {
                return a.get("applicationId").asLong();
            }
        }
        throw new AssertionError("no authorization of brand " + brandId + " in review");
    }

    public Api.Response openStore(String type, long... brandIds) {
        return api.post(
                "/api/v1/stores",
                seller.token(),
                Map.of(
                        "name",
                        type + " store",
                        "type",
                        type,
                        "brandIds",
                        Arrays.stream(brandIds).boxed().toList()));
    }

    /** Certified, in the first major category open for overseas ship-from, deposit paid, one approved brand and an official store. */
    public long settledWithStore() {
        return settledWithStore(majorCategory(true).get("categoryId").asLong());
    }

    public long settledWithStore(long categoryId) {
        certified();
        var category = chooseCategory(categoryId);
        depositPaid();
        var brand = approvedBrand("OWNED", false, category);
        var store = openStore("OFFICIAL", brand);
        assertThat(store.status()).as(store.toString()).isEqualTo(201);
        return store.json().get("storeId").asLong();
    }
}
