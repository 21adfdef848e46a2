package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import org.junit.jupiter.api.Test;

class DemoWarehousesTest extends ApiTestBase {

    @Test
    void demoSellerHasProductsStockUsPermissionAndADeApplicationInReview() {
        var seller = api.token("seller@demo.local", DEMO_PASSWORD);

        var products = api.get("/api/v1/products", seller).json();
        assertThat(products.get("items")
                        .valueStream()
                        .map(p -> p.get("goodsType").asString())
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(3);
        assertThat(api.get("/api/v1/overseas-permission", seller)
                        .json()
                        .get("countries")
                        .get(0)
                        .asString())
                .isEqualTo("US");
        var warehouses = api.get("/api/v1/warehouses", seller).json();
        assertThat(warehouses.valueStream().map(w -> w.get("country").asString()))
                .contains("CN", "US", "DE");
        var applications =
                api.get("/api/v1/overseas-warehouse-applications", seller).json();
        assertThat(applications
                        .valueStream()
                        .map(a -> a.get("countries").get(0).asString() + ":"
                                + a.get("status").asString()))
                .contains("US:APPROVED", "DE:IN_REVIEW");
        assertThat(products.get("items")
                        .valueStream()
                        .flatMap(p -> p.get("shipFrom").valueStream())
                        .map(f -> f.get("skuCode").asString() + "@"
                                + f.get("country").asString()))
                .contains("VX-EB-BLK@US", "VX-CB-2M@US");
        var stock = api.get("/api/v1/inventory", seller).json().get("items");
        assertThat(stock.valueStream().anyMatch(s -> s.get("inTransit").asInt() > 0))
                .isTrue();
        assertThat(stock.valueStream().anyMatch(s -> s.get("available").asInt() > 0))
                .isTrue();
    }
}
