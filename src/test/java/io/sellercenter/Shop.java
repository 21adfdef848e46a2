package io.sellercenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A settled seller with a product in stock at its CN warehouse, and buyers who order it. */
public final class Shop {

    final Api api;
    public final Settling settling;
    public String seller;
    public final long productId;
    public final String sku;
    public final long warehouseId;
    private final long storeId;
    private final long categoryId;

    public Shop(Api api, int stock, String goodsType) {
        this.api = api;
        this.settling = new Settling(api);
        this.seller = settling.seller.token();
        this.storeId = settling.settledWithStore();
        this.categoryId = api.get("/api/v1/major-category", seller)
                .json()
                .get("categoryId")
                .asLong();
        this.sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        this.productId = product(sku, goodsType);
        var warehouse = api.post(
                "/api/v1/warehouses",
                seller,
                Map.of("name", "Shenzhen", "kind", "SELF_BUILT", "country", "CN", "address", "Bao'an, Shenzhen"));
        this.warehouseId = warehouse.json().get("warehouseId").asLong();
        put("/api/v1/inventory", Map.of("warehouseId", warehouseId, "skuCode", sku, "available", stock));
    }

    /** Another product of the store with one SKU of this code, in stock at the shop's warehouse; its id. */
    public long anotherProduct(String skuCode, String goodsType, int stock) {
        var id = product(skuCode, goodsType);
        put("/api/v1/inventory", Map.of("warehouseId", warehouseId, "skuCode", skuCode, "available", stock));
        return id;
    }

    private long product(String skuCode, String goodsType) {
        var product = api.post(
                "/api/v1/products",
                seller,
                Map.of(
                        "storeId",
                        storeId,
                        "categoryId",
                        categoryId,
                        "title",
                        "Voltix Earbuds",
                        "goodsType",
                        goodsType,
                        "handlingDays",
                        3,
                        "skus",
                        List.of(Map.of(
                                "skuCode",
                                skuCode,
                                "attributes",
                                Map.of("color", "Black", "size", "M"),
                                "price",
                                Map.of("amount", "19.90", "currency", "USD"),
                                "weightGrams",
                                80,
                                "lengthCm",
                                10,
                                "widthCm",
                                8,
                                "heightCm",
                                4))));
        assertThat(product.status()).as(product.toString()).isEqualTo(201);
        return product.json().get("productId").asLong();
    }

    /** A fresh token, after the test clock moved past the old one's expiry. */
    public void logInAgain() {
        seller = api.token(settling.seller.email(), "secret-pass-1");
    }

    /** Binds the freight deduction account, so that online shipping is possible (R-H2). */
    public void bindFreightAccount() {
        put(
                "/api/v1/freight-account",
                Map.of("provider", "ALIPAY_INTL", "accountNo", "pay@test.cn", "agreementNo", "20881234567890"));
    }

    public Api.Response put(String path, Object body) {
        return api.send(
                "PUT", path, seller, BodyPublishers.ofByteArray(Api.JSON.writeValueAsBytes(body)), "application/json");
    }

    public static Map<String, Object> address() {
        return Map.of(
                "contactPerson",
                "Emma Johnson",
                "country",
                "US",
                "province",
                "California",
                "city",
                "Los Angeles",
                "address",
                "742 Evergreen Terrace",
                "zip",
                "90001",
                "mobileNo",
                "+1 213 555 0147");
    }

    public Api.Response order(String buyer, int quantity) {
        return api.post(
                "/api/v1/storefront/orders",
                buyer,
                Map.of(
                        "items", List.of(Map.of("productId", productId, "skuCode", sku, "quantity", quantity)),
                        "shippingAddress", address(),
                        "logisticsServiceCode", "CAINIAO_STANDARD"));
    }

    /** Placed for these items ({productId, skuCode, quantity}), paid and past risk control. */
    public long paid(String buyer, List<Map<String, Object>> items) {
        return paid(buyer, items, "CAINIAO_STANDARD");
    }

    /** Placed for these items with the buyer's logistics service ({@code null}: none chosen), paid. */
    public long paid(String buyer, List<Map<String, Object>> items, String serviceCode) {
        var body = new HashMap<String, Object>(Map.of("items", items, "shippingAddress", address()));
        if (serviceCode != null) {
            body.put("logisticsServiceCode", serviceCode);
        }
        var order = api.post("/api/v1/storefront/orders", buyer, body);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        return pay(buyer, order.json().get("orderId").asLong());
    }

    public long placed(String buyer, int quantity) {
        var order = order(buyer, quantity);
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        return order.json().get("orderId").asLong();
    }

    /** Placed, paid at the sandbox provider, past risk control (0 in demo mode). */
    public long paid(String buyer, int quantity) {
        return pay(buyer, placed(buyer, quantity));
    }

    private long pay(String buyer, long id) {
        var payment =
                api.post("/api/v1/storefront/orders/" + id + "/payment", buyer, Map.of("provider", "ALIPAY_INTL"));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        settling.payAtProvider(payment.json(), "confirm");
        Api.await("order " + id + " to be paid", () -> status(id).equals("WAIT_SELLER_SEND_GOODS"));
        return id;
    }

    public JsonNode order(long id) {
        return api.get("/api/v1/orders/" + id, seller).json();
    }

    public String status(long id) {
        return order(id).get("orderStatus").asString();
    }

    public long lineId(long id) {
        return order(id).get("lines").get(0).get("orderLineId").asLong();
    }

    public Api.Response notice(long orderId, Map<String, Object> body) {
        return api.post("/api/v1/orders/" + orderId + "/shipping-notices", seller, body);
    }

    public Api.Response shipAll(long orderId) {
        return notice(orderId, Map.of("sendType", "ALL", "serviceName", "UPS", "trackingNo", "1Z999AA10123456784"));
    }

    public JsonNode stock() {
        return api.get("/api/v1/inventory?warehouseId=" + warehouseId, seller)
                .json()
                .get("items")
                .get(0);
    }

    /** One declared item of a logistics order (CN22): earbuds, HS 851830. */
    public static Map<String, Object> declaredEarbuds(int quantity, String unitValue, int weightGrams) {
        return Map.of(
                "nameEn",
                "Earbuds",
                "nameCn",
                "耳机",
                "hsCode",
                "851830",
                "quantity",
                quantity,
                "unitValue",
                unitValue,
                "weightGrams",
                weightGrams);
    }
}
