package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.Settling;
import io.sellercenter.Shop;
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
        var sku = sku();
        product("GENERAL", 3, sku);
        return approvedWarehouse("THIRD_PARTY", "US", sku, 10, false);
    }

    /** A warehouse of this kind holding {@code quantity} of the SKU (received, or still at sea), its country approved. */
    long approvedWarehouse(String kind, String country, String sku, int quantity, boolean received) {
        var warehouse = warehouse(kind, country);
        var shipment = inbound(warehouse, sku, quantity);
        if (received) {
            assertThat(receive(shipment.get("shipmentId").asLong(), sku, quantity)
                            .status())
                    .isEqualTo(200);
        }
        var materials = kind.equals("THIRD_PARTY")
                ? thirdPartyMaterials()
                : Map.<String, Object>of(
                        "warehouseAddress", "1200 Commerce Way, Building 3",
                        "firstLegProofDocumentIds", List.of(settling.document()),
                        "customsTaxCertificateDocumentId", settling.document(),
                        "storeIdPhotoDocumentId", settling.document());
        var application = apply(token, warehouse, List.of(country), materials).json();
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

    /** A seller with a US warehouse of this kind holding two SKUs that ship from it, and a paid order of both. */
    record Fulfilment(
            Overseas o, String buyer, long warehouse, String sku, String other, long orderId, List<Long> lineIds) {}

    static Fulfilment fulfilmentOrder(Api api, String kind) {
        var o = new Overseas(api);
        var sku = o.sku();
        var other = o.sku();
        var product = o.product("GENERAL", 3, sku, other).get("productId").asLong();
        var warehouse = o.approvedWarehouse(kind, "US", sku, 10, true);
        var more = o.inbound(warehouse, other, 10);
        assertThat(o.receive(more.get("shipmentId").asLong(), other, 10).status())
                .isEqualTo(200);
        assertThat(o.put(
                                "/api/v1/warehouses/" + warehouse + "/fee-schedule",
                                Map.of(
                                        "currency", "USD",
                                        "firstLegPerKg", Map.of("SEA", "1.20"),
                                        "storagePerCubicMetrePerDay", "0.80",
                                        "handlingPerOrder", "1.50",
                                        "handlingPerExtraItem", "0.30",
                                        "lastMile",
                                                List.of(
                                                        Map.of("upToGrams", 500, "fee", "4.20"),
                                                        Map.of("upToGrams", 2000, "fee", "6.80"))))
                        .status())
                .isEqualTo(200);
        assertThat(o.put(
                                "/api/v1/products/" + product + "/ship-from",
                                Map.of("locations", List.of(Map.of("country", "US", "warehouseId", warehouse))))
                        .status())
                .isEqualTo(200);
        var buyer = api.buyerToken();
        var placed = api.post(
                "/api/v1/storefront/orders",
                buyer,
                Map.of(
                        "items",
                        List.of(
                                Map.of("productId", product, "skuCode", sku, "quantity", 2),
                                Map.of("productId", product, "skuCode", other, "quantity", 1)),
                        "shippingAddress",
                        Shop.address()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var orderId = placed.json().get("orderId").asLong();
        var payment =
                api.post("/api/v1/storefront/orders/" + orderId + "/payment", buyer, Map.of("provider", "ALIPAY_INTL"));
        o.settling.payAtProvider(payment.json(), "confirm");
        Api.await(
                "order paid",
                () -> o.order(orderId).get("orderStatus").asString().equals("WAIT_SELLER_SEND_GOODS"));
        var lines = o.order(orderId).get("lines");
        assertThat(lines.get(0).get("shipFromCountry").asString()).isEqualTo("US");
        return new Fulfilment(
                o,
                buyer,
                warehouse,
                sku,
                other,
                orderId,
                List.of(
                        lines.get(0).get("orderLineId").asLong(),
                        lines.get(1).get("orderLineId").asLong()));
    }

    JsonNode order(long orderId) {
        return api.get("/api/v1/orders/" + orderId, token).json();
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
