package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Settling;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrandAuthorizationApiTest extends ApiTestBase {

    private static String fieldCode(Api.Response response) {
        return response.json().get("errors").get(0).get("code").asString();
    }

    @Test
    @DisplayName("R-S6 sub-categories are added to an approved brand as a new authorization, reviewed on its own")
    void moreSubCategoriesForAnApprovedBrand() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var children = category.get("children");
        long first = children.get(0).get("categoryId").asLong();
        long second = children.get(1).get("categoryId").asLong();
        var brand = s.addBrand("OWNED", false, category);
        var brandId = brand.get("brandId").asLong();
        var path = "/api/v1/brands/" + brandId + "/authorizations";

        var tooEarly = api.post(path, s.seller.token(), Map.of("subCategoryIds", List.of(second)));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("BRAND_NOT_APPROVED");

        s.decide(brand.get("applicationId").asLong(), "APPROVE", List.of());
        s.decide(s.authorizationInReview(brandId), "APPROVE", List.of());
        var again = api.post(path, s.seller.token(), Map.of("subCategoryIds", List.of(first)));
        assertThat(again.status()).isEqualTo(400);
        assertThat(fieldCode(again)).isEqualTo("SUB_CATEGORY_ALREADY_AUTHORIZED");
        var outside = api.post(
                path,
                s.seller.token(),
                Map.of("subCategoryIds", List.of(category.get("categoryId").asLong())));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("code").asString()).isEqualTo("SUB_CATEGORY_OUTSIDE_MAJOR_CATEGORY");

        var requested = api.post(path, s.seller.token(), Map.of("subCategoryIds", List.of(second)));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        assertThat(requested.json().get("status").asString()).isEqualTo("IN_REVIEW");
        var twice = api.post(path, s.seller.token(), Map.of("subCategoryIds", List.of(second)));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(fieldCode(twice)).isEqualTo("SUB_CATEGORY_ALREADY_REQUESTED");

        s.decide(requested.json().get("applicationId").asLong(), "REJECT", List.of("SUB_CATEGORY_NOT_COVERED"));
        var rejected = api.get(path, s.seller.token(), "Accept-Language", "zh-CN")
                .json()
                .get(0);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reasons").get(0).get("code").asString()).isEqualTo("SUB_CATEGORY_NOT_COVERED");
        assertThat(rejected.get("reasons").get(0).get("message").asString()).matches(".*\\p{IsHan}.*");
        assertThat(api.get("/api/v1/brands/" + brandId, s.seller.token())
                        .json()
                        .get("subCategoryIds")
                        .size())
                .isEqualTo(1);

        var retried = api.post(path, s.seller.token(), Map.of("subCategoryIds", List.of(second)));
        assertThat(retried.status()).isEqualTo(201);
        s.decide(retried.json().get("applicationId").asLong(), "APPROVE", List.of());
        var approved = api.get("/api/v1/brands/" + brandId, s.seller.token()).json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("subCategoryIds").valueStream().map(n -> n.asLong()))
                .containsExactlyInAnyOrder(first, second);
        assertThat(api.get(path, s.seller.token()).json().get(0).get("status").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    @DisplayName(
            "R-S6 adding a brand is one review, for its publishing permission; the trademark authorization for its sub-categories is a second")
    void twoReviews() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        long first = category.get("children").get(0).get("categoryId").asLong();
        var reviewer = api.token("reviewer@demo.local", DEMO_PASSWORD);

        var rejected = s.addBrand("OWNED", false, category);
        s.decide(rejected.get("applicationId").asLong(), "REJECT", List.of("TRADEMARK_NOT_FOUND"));
        assertThat(api.get("/api/v1/brands/" + rejected.get("brandId").asLong() + "/authorizations", s.seller.token())
                        .json())
                .as("a rejected brand's sub-categories are never reviewed")
                .isEmpty();

        var brand = s.addBrand("OWNED", false, category);
        var brandId = brand.get("brandId").asLong();
        assertThat(brand.get("requestedSubCategoryIds").valueStream().map(n -> n.asLong()))
                .containsExactly(first);
        assertThat(brand.get("subCategoryIds")).isEmpty();
        var firstReview = api.get(
                        "/api/v1/reviews/" + brand.get("applicationId").asLong(), reviewer)
                .json();
        assertThat(firstReview.get("kind").asString()).isEqualTo("BRAND");
        assertThat(firstReview
                        .get("materials")
                        .valueStream()
                        .map(m -> m.get("label").asString()))
                .contains("brandName", "trademarkCertificate")
                .doesNotContain("subCategories");

        s.decide(brand.get("applicationId").asLong(), "APPROVE", List.of());
        var published = api.get("/api/v1/brands/" + brandId, s.seller.token()).json();
        assertThat(published.get("status").asString()).isEqualTo("APPROVED");
        assertThat(published.get("subCategoryIds"))
                .as("not authorized in any yet")
                .isEmpty();
        var second = s.authorizationInReview(brandId);
        var secondReview = api.get("/api/v1/reviews/" + second, reviewer).json();
        assertThat(secondReview.get("kind").asString()).isEqualTo("BRAND_AUTHORIZATION");
        assertThat(secondReview.get("materials").toString()).contains("requestedSubCategories");

        s.decide(second, "APPROVE", List.of());
        assertThat(api.get("/api/v1/brands/" + brandId, s.seller.token())
                        .json()
                        .get("subCategoryIds")
                        .valueStream()
                        .map(n -> n.asLong()))
                .containsExactly(first);
    }

    @Test
    @DisplayName("R-S6 an authorized trademark's new sub-categories need the owner's letter")
    void authorizedTrademarkNeedsALetter() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var brandId = s.approvedBrand("AUTHORIZED", false, category);
        var second = category.get("children").get(1).get("categoryId").asLong();
        var path = "/api/v1/brands/" + brandId + "/authorizations";

        var withoutLetter = api.post(path, s.seller.token(), Map.of("subCategoryIds", List.of(second)));
        assertThat(withoutLetter.status()).isEqualTo(400);
        assertThat(withoutLetter.json().get("errors").get(0).get("field").asString())
                .isEqualTo("authorizationDocumentId");
        assertThat(fieldCode(withoutLetter)).isEqualTo("REQUIRED_FOR_AUTHORIZED");

        var withLetter = api.post(
                path,
                s.seller.token(),
                Map.of("subCategoryIds", List.of(second), "authorizationDocumentId", s.document()));
        assertThat(withLetter.status()).isEqualTo(201);
    }

    @Test
    @DisplayName("R-S8 another seller's brand is not found; a sub-account needs PRODUCTS to ask for sub-categories")
    void tenancyAndPermissions() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var brandId = s.approvedBrand("OWNED", false, category);
        var second = category.get("children").get(1).get("categoryId").asLong();
        var path = "/api/v1/brands/" + brandId + "/authorizations";
        var body = Map.of("subCategoryIds", List.of(second));
        var stranger = api.registerSeller();

        assertThat(api.post(path, stranger.token(), body).status()).isEqualTo(404);
        assertThat(api.get(path, stranger.token()).status()).isEqualTo(404);
        assertThat(api.post(path, api.subAccount(s.seller, "ORDERS"), body).status())
                .isEqualTo(403);
        assertThat(api.post(path, api.subAccount(s.seller, "PRODUCTS"), body).status())
                .isEqualTo(201);
    }

    @Test
    @DisplayName("R-S5 the deposit's payments, newest first, for the seller's finance only")
    void depositPayments() {
        var s = new Settling(api);
        assertThat(api.get("/api/v1/deposits", s.seller.token()).json().size()).isZero();
        s.chooseCategory();
        var declined = s.startDeposit(s.seller.token(), "WANLIHUI");
        s.payAtProvider(declined, "decline");
        Api.await(
                "the payment to be declined",
                () -> api.get("/api/v1/deposits", s.seller.token())
                        .json()
                        .get(0)
                        .get("status")
                        .asString()
                        .equals("FAILED"));
        s.depositPaid();

        var payments = api.get("/api/v1/deposits", s.seller.token()).json();
        assertThat(payments.size()).isEqualTo(2);
        assertThat(payments.get(0).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(payments.get(1).get("provider").asString()).isEqualTo("WANLIHUI");
        assertThat(api.get("/api/v1/deposits", api.registerSeller().token())
                        .json()
                        .size())
                .isZero();
        assertThat(api.get("/api/v1/deposits", api.subAccount(s.seller, "ORDERS"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/deposits", api.subAccount(s.seller, "FINANCE"))
                        .json()
                        .size())
                .isEqualTo(2);
    }
}
