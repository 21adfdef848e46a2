package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tenancy (404) and permission groups (403) on warehouse and product endpoints. */
class WarehouseAccessTest extends ApiTestBase {

    @Test
    @DisplayName("R-S8 another seller's warehouses, stock, applications and products are not found")
    void anotherSellersDataIsNotFound() {
        var owner = new Overseas(api);
        var stranger = new Overseas(api);
        var us = owner.warehouse("THIRD_PARTY", "US");
        var sku = owner.sku();
        var product = owner.product("GENERAL", 3, sku).get("productId").asLong();
        var shipment = owner.inbound(us, sku, 3).get("shipmentId").asLong();
        var application = owner.apply(owner.token, us, List.of("US"), owner.thirdPartyMaterials())
                .json()
                .get("applicationId")
                .asLong();
        owner.put("/api/v1/warehouses/" + us + "/fee-schedule", OverseasFeesApiTest.schedule());

        assertThat(api.get("/api/v1/warehouses/" + us, stranger.token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/inventory?warehouseId=" + us, stranger.token)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/inbound-shipments/" + shipment, stranger.token)
                        .status())
                .isEqualTo(404);
        assertThat(stranger.receive(shipment, sku, 1).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/overseas-warehouse-applications/" + application, stranger.token)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/overseas-warehouse-applications/" + application + "/submit", stranger.token, "")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/products/" + product, stranger.token).status())
                .isEqualTo(404);
        assertThat(stranger.put("/api/v1/products/" + product + "/ship-from", Map.of("locations", List.of()))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/warehouses/" + us + "/fee-schedule", stranger.token)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/warehouses/" + us + "/storage-statement?month=2026-11", stranger.token)
                        .status())
                .isEqualTo(404);
        assertThat(stranger.apply(stranger.token, us, List.of("US"), Map.of()).status())
                .as("someone else's warehouse cannot be named")
                .isEqualTo(400);
        assertThat(stranger.put("/api/v1/warehouses/" + us + "/fee-schedule", OverseasFeesApiTest.schedule())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/overseas-fees/quote",
                                stranger.token,
                                Map.of(
                                        "warehouseId",
                                        us,
                                        "items",
                                        List.of(Map.of("skuCode", sku, "quantity", 1)),
                                        "destination",
                                        "US",
                                        "firstLegMode",
                                        "SEA",
                                        "storageDays",
                                        1))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.put(
                                "/api/v1/overseas-warehouse-applications/" + application,
                                Map.of("warehouseId", us, "countries", List.of("US"), "materials", Map.of()))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.put(
                                "/api/v1/products/" + product,
                                Map.of(
                                        "storeId",
                                        stranger.storeId,
                                        "categoryId",
                                        stranger.categoryId,
                                        "title",
                                        "x",
                                        "goodsType",
                                        "GENERAL",
                                        "handlingDays",
                                        3,
                                        "skus",
                                        List.of(Map.of(
                                                "skuCode",
                                                stranger.sku(),
                                                "price",
                                                Map.of("amount", "1.00", "currency", "USD"),
                                                "weightGrams",
                                                10,
                                                "lengthCm",
                                                1,
                                                "widthCm",
                                                1,
                                                "heightCm",
                                                1))))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/products", stranger.token)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        var productBody = Map.of(
                "storeId",
                owner.storeId,
                "categoryId",
                stranger.categoryId,
                "title",
                "x",
                "goodsType",
                "GENERAL",
                "handlingDays",
                3,
                "skus",
                List.of(Map.of(
                        "skuCode",
                        stranger.sku(),
                        "price",
                        Map.of("amount", "1.00", "currency", "USD"),
                        "weightGrams",
                        10,
                        "lengthCm",
                        1,
                        "widthCm",
                        1,
                        "heightCm",
                        1)));
        assertThat(api.post("/api/v1/products", stranger.token, productBody)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("UNKNOWN_STORE");
    }

    @Test
    @DisplayName("R-S8 WAREHOUSES and PRODUCTS permission groups guard their endpoints")
    void permissionGroups() {
        var o = new Overseas(api);
        var orders = api.subAccount(o.settling.seller, "ORDERS");
        var us = o.warehouse("THIRD_PARTY", "US");

        assertThat(api.post(
                                "/api/v1/warehouses",
                                orders,
                                Map.of("name", "x", "kind", "SELF_BUILT", "country", "US", "address", "a"))
                        .status())
                .isEqualTo(403);
        assertThat(o.apply(orders, us, List.of("US"), Map.of()).status()).isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/products",
                                orders,
                                Map.of(
                                        "storeId",
                                        o.storeId,
                                        "categoryId",
                                        o.categoryId,
                                        "title",
                                        "x",
                                        "goodsType",
                                        "GENERAL",
                                        "handlingDays",
                                        3,
                                        "skus",
                                        List.of(Map.of(
                                                "skuCode",
                                                o.sku(),
                                                "price",
                                                Map.of("amount", "1.00", "currency", "USD"),
                                                "weightGrams",
                                                10,
                                                "lengthCm",
                                                1,
                                                "widthCm",
                                                1,
                                                "heightCm",
                                                1))))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/warehouses", orders).status())
                .as("reading is open to the seller's accounts")
                .isEqualTo(200);

        var sku = o.sku();
        var product = o.product("GENERAL", 3, sku).get("productId").asLong();
        var shipment = o.inbound(us, sku, 2).get("shipmentId").asLong();
        var application = o.apply(o.token, us, List.of("US"), Map.of())
                .json()
                .get("applicationId")
                .asLong();
        var asOrders = new Overseas.As(api, orders);
        assertThat(asOrders.put("/api/v1/warehouses/" + us + "/fee-schedule", OverseasFeesApiTest.schedule())
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/inbound-shipments",
                                orders,
                                Map.of(
                                        "warehouseId",
                                        us,
                                        "items",
                                        List.of(Map.of("skuCode", sku, "quantity", 1)),
                                        "firstLegTrackingNo",
                                        "X1"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/inbound-shipments/" + shipment + "/receive", orders, "")
                        .status())
                .isEqualTo(403);
        assertThat(asOrders.put("/api/v1/inventory", Map.of("warehouseId", us, "skuCode", sku, "available", 1))
                        .status())
                .isEqualTo(403);
        assertThat(asOrders.put(
                                "/api/v1/overseas-warehouse-applications/" + application,
                                Map.of("warehouseId", us, "countries", List.of("US"), "materials", Map.of()))
                        .status())
                .isEqualTo(403);
        assertThat(asOrders.put("/api/v1/products/" + product + "/ship-from", Map.of("locations", List.of()))
                        .status())
                .isEqualTo(403);
        assertThat(asOrders.put(
                                "/api/v1/products/" + product,
                                Map.of(
                                        "storeId",
                                        o.storeId,
                                        "categoryId",
                                        o.categoryId,
                                        "title",
                                        "x",
                                        "goodsType",
                                        "GENERAL",
                                        "handlingDays",
                                        3,
                                        "skus",
                                        List.of(Map.of(
                                                "skuCode",
                                                sku,
                                                "price",
                                                Map.of("amount", "1.00", "currency", "USD"),
                                                "weightGrams",
                                                10,
                                                "lengthCm",
                                                1,
                                                "widthCm",
                                                1,
                                                "heightCm",
                                                1))))
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("R-S4 products stay in the major category; SKU codes are unique per seller")
    void productRules() {
        var o = new Overseas(api);
        var closed = o.settling
                .majorCategory(false)
                .get("children")
                .get(0)
                .get("categoryId")
                .asLong();
        var sku = o.sku();
        o.product("GENERAL", 3, sku);

        var outside = api.post(
                "/api/v1/products",
                o.token,
                Map.of(
                        "storeId",
                        o.storeId,
                        "categoryId",
                        closed,
                        "title",
                        "x",
                        "goodsType",
                        "COSMETICS",
                        "handlingDays",
                        3,
                        "skus",
                        List.of(Map.of(
                                "skuCode",
                                o.sku(),
                                "price",
                                Map.of("amount", "1.00", "currency", "USD"),
                                "weightGrams",
                                10,
                                "lengthCm",
                                1,
                                "widthCm",
                                1,
                                "heightCm",
                                1))));
        assertThat(outside.code()).isEqualTo("CATEGORY_OUTSIDE_MAJOR_CATEGORY");
        var taken = api.post(
                "/api/v1/products",
                o.token,
                Map.of(
                        "storeId",
                        o.storeId,
                        "categoryId",
                        o.categoryId,
                        "title",
                        "x",
                        "goodsType",
                        "GENERAL",
                        "handlingDays",
                        3,
                        "skus",
                        List.of(Map.of(
                                "skuCode",
                                sku,
                                "price",
                                Map.of("amount", "1.00", "currency", "USD"),
                                "weightGrams",
                                10,
                                "lengthCm",
                                1,
                                "widthCm",
                                1,
                                "heightCm",
                                1))));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("SKU_CODE_TAKEN");
    }
}
