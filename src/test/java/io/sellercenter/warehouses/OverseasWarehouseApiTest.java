package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OverseasWarehouseApiTest extends ApiTestBase {

    @Test
    @DisplayName("R-W1 only US, GB, DE, ES, FR, IT, RU, AU and ID: others fail the precheck and ship-from")
    void onlyNineCountries() {
        var o = new Overseas(api);
        var japan = o.warehouse("THIRD_PARTY", "JP");
        var sku = o.sku();
        var product = o.product("GENERAL", 3, sku);
        o.inbound(japan, sku, 5);

        var application =
                o.apply(o.token, japan, List.of("JP"), o.thirdPartyMaterials()).json();
        var location = Overseas.check(application, "LOCATION_SUPPORTED");
        assertThat(location.get("passed").asBoolean()).isFalse();
        assertThat(location.get("reasonCode").asString()).isEqualTo("LOCATION_NOT_SUPPORTED");
        assertThat(location.get("message").asString()).contains("JP");

        var shipFrom = o.put(
                "/api/v1/products/" + product.get("productId").asLong() + "/ship-from",
                Map.of("locations", List.of(Map.of("country", "JP", "warehouseId", japan))));
        assertThat(shipFrom.status()).isEqualTo(422);
        assertThat(shipFrom.code()).isEqualTo("LOCATION_NOT_SUPPORTED");
        assertThat(shipFrom.json().get("rule").asString()).isEqualTo("R-W1");
    }

    @Test
    @DisplayName(
            "R-W5 a third-party application names each missing item: provider, customer code, contract, screenshots")
    void thirdPartyMaterialsAreNamed() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");

        var application = o.apply(o.token, us, List.of("US"), Map.of("providerName", "Winit"))
                .json();

        var materials = Overseas.check(application, "MATERIALS_COMPLETE");
        assertThat(materials.get("reasonCode").asString()).isEqualTo("MATERIALS_INCOMPLETE");
        assertThat(materials.get("message").asString())
                .contains("customerCode", "contractPhotoDocumentId", "systemScreenshotDocumentIds")
                .contains("Photo of the warehousing contract", "Customer code");
        var wrongProvider = o.apply(o.token, us, List.of("US"), Map.of("providerName", "Other Logistics"))
                .json();
        assertThat(Overseas.check(wrongProvider, "MATERIALS_COMPLETE")
                        .get("message")
                        .asString())
                .contains("providerName", "must read \"Winit\"");
    }

    @Test
    @DisplayName(
            "R-W6 a self-built application needs address, first-leg proof, customs tax certificate and store-ID photo")
    void selfBuiltMaterialsAreNamed() {
        var o = new Overseas(api);
        var de = o.warehouse("SELF_BUILT", "DE");

        var incomplete = o.apply(o.token, de, List.of("DE"), Map.of("warehouseAddress", "Lagerstraße 5, Hamburg"))
                .json();
        assertThat(Overseas.check(incomplete, "MATERIALS_COMPLETE")
                        .get("message")
                        .asString())
                .contains("firstLegProofDocumentIds", "customsTaxCertificateDocumentId", "storeIdPhotoDocumentId")
                .doesNotContain("warehouseAddress");

        var complete = o.apply(
                        o.token,
                        de,
                        List.of("DE"),
                        Map.of(
                                "warehouseAddress", "Lagerstraße 5, Hamburg",
                                "firstLegProofDocumentIds", List.of(o.settling.document()),
                                "customsTaxCertificateDocumentId", o.settling.document(),
                                "storeIdPhotoDocumentId", o.settling.document()))
                .json();
        assertThat(Overseas.check(complete, "MATERIALS_COMPLETE").get("passed").asBoolean())
                .isTrue();
    }

    @Test
    @DisplayName("R-W7 no inventory fails the precheck; goods in transit count; submitting with a failure is refused")
    void inventoryIsCheckedAndInTransitCounts() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);

        var application =
                o.apply(o.token, us, List.of("US"), o.thirdPartyMaterials()).json();
        var id = application.get("applicationId").asLong();
        assertThat(application.get("status").asString()).isEqualTo("DRAFT");
        assertThat(Overseas.check(application, "OVERSEAS_INVENTORY")
                        .get("reasonCode")
                        .asString())
                .isEqualTo("NO_OVERSEAS_INVENTORY");
        var refused = api.post("/api/v1/overseas-warehouse-applications/" + id + "/submit", o.token, "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("PRECHECK_FAILED");
        assertThat(refused.json().get("failed").valueStream().map(n -> n.asString()))
                .containsExactly("NO_OVERSEAS_INVENTORY");

        o.inbound(us, sku, 3);
        var again = api.get("/api/v1/overseas-warehouse-applications/" + id, o.token)
                .json();
        assertThat(again.get("precheck")
                        .valueStream()
                        .allMatch(p -> p.get("passed").asBoolean()))
                .isTrue();
        var submitted = api.post("/api/v1/overseas-warehouse-applications/" + id + "/submit", o.token, "");
        assertThat(submitted.status()).isEqualTo(202);
        assertThat(submitted.json().get("status").asString()).isEqualTo("IN_REVIEW");
    }

    @Test
    @DisplayName("R-W2 R-W4 a sub-account applies; approval opens ship-from to the main account and every sub-account")
    void approvalGrantsTheWholeSeller() {
        var o = new Overseas(api);
        var warehouses = api.subAccount(o.settling.seller, "WAREHOUSES");
        var products = api.subAccount(o.settling.seller, "PRODUCTS");
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        var product = o.product("GENERAL", 3, sku).get("productId").asLong();
        o.inbound(us, sku, 4);
        var shipFromUs = Map.of("locations", List.of(Map.of("country", "US", "warehouseId", us)));

        var before = o.put("/api/v1/products/" + product + "/ship-from", shipFromUs);
        assertThat(before.status()).isEqualTo(422);
        assertThat(before.code()).isEqualTo("OVERSEAS_PERMISSION_REQUIRED");
        assertThat(before.json().get("rule").asString()).isEqualTo("R-W2");

        var application =
                o.apply(warehouses, us, List.of("US"), o.thirdPartyMaterials()).json();
        var submitted = api.post(
                "/api/v1/overseas-warehouse-applications/"
                        + application.get("applicationId").asLong() + "/submit",
                warehouses,
                "");
        assertThat(submitted.status()).isEqualTo(202);
        var reviewer = api.token("reviewer@demo.local", DEMO_PASSWORD);
        var reviewCase = api.get(
                        "/api/v1/reviews/" + submitted.json().get("reviewId").asLong(), reviewer)
                .json();
        assertThat(reviewCase.get("kind").asString()).isEqualTo("OVERSEAS_WAREHOUSE");
        assertThat(reviewCase
                        .get("materials")
                        .valueStream()
                        .map(m -> m.get("label").asString()))
                .contains("providerName", "contractPhoto", "systemScreenshot");
        assertThat(o.settling
                        .decide(submitted.json().get("reviewId").asLong(), "APPROVE", List.of())
                        .status())
                .isEqualTo(200);

        for (var token : List.of(o.token, warehouses, products)) {
            assertThat(api.get("/api/v1/overseas-permission", token)
                            .json()
                            .get("countries")
                            .valueStream()
                            .map(n -> n.asString()))
                    .containsExactly("US");
        }
        var set = api.send(
                "PUT",
                "/api/v1/products/" + product + "/ship-from",
                products,
                HttpRequest.BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(shipFromUs)),
                "application/json");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("shipFrom").get(0).get("country").asString()).isEqualTo("US");
        assertThat(set.json().get("shipFrom").get(0).get("skuCode").asString()).isEqualTo(sku);

        var germany = o.warehouse("THIRD_PARTY", "DE");
        assertThat(o.put(
                                "/api/v1/products/" + product + "/ship-from",
                                Map.of("locations", List.of(Map.of("country", "DE", "warehouseId", germany))))
                        .code())
                .as("permission is per approved country")
                .isEqualTo("OVERSEAS_PERMISSION_REQUIRED");
    }

    @Test
    @DisplayName("R-W2 products shipped from overseas are handled within 5 days")
    void overseasHandlingAtMostFiveDays() {
        var o = new Overseas(api);
        var us = o.approvedUsWarehouse();
        var slow = o.product("GENERAL", 7, o.sku()).get("productId").asLong();

        var refused = o.put(
                "/api/v1/products/" + slow + "/ship-from",
                Map.of("locations", List.of(Map.of("country", "US", "warehouseId", us))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("HANDLING_TOO_LONG");
    }

    @Test
    @DisplayName("R-W3 a category closed for overseas ship-from refuses it even with a warehouse and permission")
    void closedCategoryRefusesShipFrom() {
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        var name = "Test Major " + System.nanoTime();
        var major = api.post(
                        "/api/v1/categories",
                        admin,
                        Map.of(
                                "nameEn",
                                name,
                                "nameZh",
                                "测试大类",
                                "depositAmount",
                                Map.of("amount", "100.00", "currency", "CNY"),
                                "overseasShipFromOpen",
                                true))
                .json()
                .get("categoryId")
                .asLong();
        api.post(
                "/api/v1/categories",
                admin,
                Map.of(
                        "parentId",
                        major,
                        "nameEn",
                        name + " sub",
                        "nameZh",
                        "测试子类",
                        "depositAmount",
                        Map.of("amount", "100.00", "currency", "CNY"),
                        "overseasShipFromOpen",
                        true));
        var o = new Overseas(api, major);
        var us = o.approvedUsWarehouse();
        var product = o.product("GENERAL", 3, o.sku()).get("productId").asLong();

        api.send(
                "PUT",
                "/api/v1/categories/" + major,
                admin,
                HttpRequest.BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(Map.of(
                        "nameEn",
                        name,
                        "nameZh",
                        "测试大类",
                        "depositAmount",
                        Map.of("amount", "100.00", "currency", "CNY"),
                        "overseasShipFromOpen",
                        false))),
                "application/json");
        var refused = o.put(
                "/api/v1/products/" + product + "/ship-from",
                Map.of("locations", List.of(Map.of("country", "US", "warehouseId", us))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("CATEGORY_NOT_OPEN");
        var newApplication =
                o.apply(o.token, us, List.of("US"), o.thirdPartyMaterials()).json();
        assertThat(Overseas.check(newApplication, "CATEGORY_OPEN")
                        .get("reasonCode")
                        .asString())
                .isEqualTo("CATEGORY_NOT_OPEN");
    }

    @Test
    @DisplayName("R-W7 a rejected application shows the reviewer's reasons and is corrected and resubmitted")
    void rejectedApplicationIsResubmitted() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        o.inbound(us, sku, 2);
        var id = o.apply(o.token, us, List.of("US"), o.thirdPartyMaterials())
                .json()
                .get("applicationId")
                .asLong();
        var reviewId = api.post("/api/v1/overseas-warehouse-applications/" + id + "/submit", o.token, "")
                .json()
                .get("reviewId")
                .asLong();

        o.settling.decide(reviewId, "REJECT", List.of("PROVIDER_NAME_NOT_VISIBLE"));
        var rejected = api.get("/api/v1/overseas-warehouse-applications/" + id, o.token, "Accept-Language", "zh-CN")
                .json();
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reasons").get(0).get("message").asString()).isEqualTo("照片中看不到服务商名称。");

        var fixed = o.put(
                "/api/v1/overseas-warehouse-applications/" + id,
                Map.of("warehouseId", us, "countries", List.of("US"), "materials", o.thirdPartyMaterials()));
        assertThat(fixed.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(api.post("/api/v1/overseas-warehouse-applications/" + id + "/submit", o.token, "")
                        .status())
                .isEqualTo(202);
        assertThat(api.get("/api/v1/reviews/" + reviewId, api.token("reviewer@demo.local", DEMO_PASSWORD))
                        .json()
                        .get("revision")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-W7 one application per warehouse: applying again revises the draft, an application in review is left"
                    + " alone (409), only a draft is deleted, and only by its seller with WAREHOUSES")
    void oneApplicationPerWarehouseAndDraftsDeleted() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        o.inbound(us, sku, 2);
        var id = o.apply(o.token, us, List.of("US"), Map.of())
                .json()
                .get("applicationId")
                .asLong();
        var revised = o.apply(o.token, us, List.of("US"), o.thirdPartyMaterials());
        assertThat(revised.json().get("applicationId").asLong()).isEqualTo(id);
        assertThat(api.get("/api/v1/overseas-warehouse-applications", o.token)
                        .json()
                        .size())
                .isEqualTo(1);

        var stranger = api.registerSeller().token();
        assertThat(api.delete("/api/v1/overseas-warehouse-applications/" + id, stranger)
                        .status())
                .isEqualTo(404);
        var orders = api.subAccount(o.settling.seller, "ORDERS");
        assertThat(api.delete("/api/v1/overseas-warehouse-applications/" + id, orders)
                        .status())
                .isEqualTo(403);

        assertThat(api.post("/api/v1/overseas-warehouse-applications/" + id + "/submit", o.token, "")
                        .status())
                .isEqualTo(202);
        var again = o.apply(o.token, us, List.of("US"), o.thirdPartyMaterials());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("APPLICATION_IN_REVIEW");
        var kept = api.delete("/api/v1/overseas-warehouse-applications/" + id, o.token);
        assertThat(kept.status()).isEqualTo(409);
        assertThat(kept.code()).isEqualTo("APPLICATION_NOT_DRAFT");

        var gb = o.warehouse("THIRD_PARTY", "GB");
        var draft = o.apply(o.token, gb, List.of("GB"), Map.of())
                .json()
                .get("applicationId")
                .asLong();
        var moved = o.put(
                "/api/v1/overseas-warehouse-applications/" + draft,
                Map.of("warehouseId", us, "countries", List.of("US"), "materials", Map.of()));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.code()).isEqualTo("WAREHOUSE_HAS_APPLICATION");
        assertThat(api.delete("/api/v1/overseas-warehouse-applications/" + draft, o.token)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/overseas-warehouse-applications/" + draft, o.token)
                        .status())
                .isEqualTo(404);
    }
}
