package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.Settling;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A settled seller with a store, products, warehouses and stock, built over the API. */
final class Overseas {

    final Api api;
    final Settling settling;
    final String token;
    final long storeId;
    final long categoryId;

    Overseas(Api api) {
        this(api, null);
    }

    /** In the given major category, or the first demo category open for overseas ship-from. */
    Overseas(Api api, Long majorCategoryId) {
        this.api = api;
        this.settling = new Settling(api);
        this.token = settling.seller.token();
        this.storeId =
                majorCategoryId == null ? settling.settledWithStore() : settling.settledWithStore(majorCategoryId);
        this.categoryId = api.get("/api/v1/major-category", token)
                .json()
                .get("categoryId")
                .asLong();
    }

    String sku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    }

    JsonNode product(String goodsType, int handlingDays, String... skuCodes) {
        var skus = Arrays.stream(skuCodes)
                .map(code -> Map.of(
                        "skuCode",
                        code,
                        "attributes",
                        Map.of("color", "Black", "size", "M"),
                        "price",
                        Map.of("amount", "19.90", "currency", "USD"),
                        "weightGrams",
                        250,
                        "lengthCm",
                        20,
                        "widthCm",
                        10,
                        "heightCm",
                        5,
                        "hsCode",
                        "851830"))
                .toList();
        var created = api.post(
                "/api/v1/products",
                token,
                Map.of(
                        "storeId", storeId,
                        "categoryId", categoryId,
                        "title", "Wireless earbuds",
                        "goodsType", goodsType,
                        "handlingDays", handlingDays,
                        "skus", skus));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    long warehouse(String kind, String country) {
        var body = new HashMap<String, Object>();
        body.put("name", country + " " + kind.toLowerCase() + " warehouse");
        body.put("kind", kind);
        body.put("country", country);
        body.put("address", "1200 Commerce Way, Building 3");
        if (kind.equals("THIRD_PARTY")) {
            body.put("provider", Map.of("name", "Winit", "customerCode", "WC-88231"));
        }
        var created = api.post("/api/v1/warehouses", token, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("warehouseId").asLong();
    }

    JsonNode inbound(long warehouseId, String sku, int quantity) {
        var shipped = api.post(
                "/api/v1/inbound-shipments",
                token,
                Map.of(
                        "warehouseId",
                        warehouseId,
                        "items",
                        List.of(Map.of("skuCode", sku, "quantity", quantity)),
                        "firstLegTrackingNo",
                        "MSKU1234567",
                        "mode",
                        "SEA"));
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(201);
        return shipped.json();
    }

    Api.Response receive(long shipmentId, String sku, int quantity) {
        return api.post(
                "/api/v1/inbound-shipments/" + shipmentId + "/receive",
                token,
                Map.of("items", List.of(Map.of("skuCode", sku, "quantity", quantity))));
    }

    Map<String, Object> thirdPartyMaterials() {
        return Map.of(
                "providerName",
                "Winit",
                "customerCode",
                "WC-88231",
                "contractPhotoDocumentId",
                settling.document(),
                "systemScreenshotDocumentIds",
                List.of(settling.document(), settling.document()));
    }

    Api.Response apply(String token, long warehouseId, List<String> countries, Map<String, Object> materials) {
        return api.post(
                "/api/v1/overseas-warehouse-applications",
                token,
                Map.of("warehouseId", warehouseId, "countries", countries, "materials", materials));
    }

    /** Another account of the same seller, e.g. a sub-account, sending PUTs. */
    record As(Api api, String token) {
        Api.Response put(String path, Object body) {
            return api.send(
                    "PUT",
                    path,
                    token,
                    BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body)),
                    "application/json");
        }
    }

    Api.Response put(String path, Object body) {
        return api.send(
                "PUT", path, token, BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body)), "application/json");
    }

    /** A US third-party warehouse with stock of a product of its own and approved permission for US. */
    long approvedUsWarehouse() {
        var warehouse = warehouse("THIRD_PARTY", "US");
        var sku = sku();
        product("GENERAL", 3, sku);
        inbound(warehouse, sku, 10);
        var application =
                apply(token, warehouse, List.of("US"), thirdPartyMaterials()).json();
        var submitted = api.post(
                "/api/v1/overseas-warehouse-applications/"
                        + application.get("applicationId").asLong() + "/submit",
                token,
                "");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(settling.decide(submitted.json().get("reviewId").asLong(), "APPROVE", List.of())
                        .status())
                .isEqualTo(200);
        return warehouse;
    }

    static JsonNode check(JsonNode application, String check) {
        for (var p : application.get("precheck")) {
            if (p.get("check").asString().equals(check)) {
                return p;
            }
        }
        throw new AssertionError(check);
    }
}
