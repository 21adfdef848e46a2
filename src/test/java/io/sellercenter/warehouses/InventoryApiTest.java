package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class InventoryApiTest extends ApiTestBase {

    @Test
    void inboundStockIsInTransitUntilReceivedInParts() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        var shipment = o.inbound(us, sku, 10).get("shipmentId").asLong();

        assertThat(stock(o, us)).containsEntry("inTransit", 10).containsEntry("available", 0);
        assertThat(o.receive(shipment, sku, 4).json().get("status").asString()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(stock(o, us)).containsEntry("inTransit", 6).containsEntry("available", 4);
        assertThat(o.receive(shipment, sku, 7).code()).isEqualTo("RECEIVED_MORE_THAN_SHIPPED");
        assertThat(o.receive(shipment, sku, 6).json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(stock(o, us)).containsEntry("inTransit", 0).containsEntry("available", 10);
    }

    @Test
    void receivingWithoutItemsTakesEverythingStillInTransit() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        var shipment = o.inbound(us, sku, 8).get("shipmentId").asLong();
        o.receive(shipment, sku, 3);

        var rest = api.post("/api/v1/inbound-shipments/" + shipment + "/receive", o.token, "");

        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(stock(o, us)).containsEntry("inTransit", 0).containsEntry("available", 8);
    }

    @Test
    void racingReceiptsNeverLoseOrOverReceive() throws Exception {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        var shipment = o.inbound(us, sku, 10).get("shipmentId").asLong();
        var tasks = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 16; i++) {
            tasks.add(() -> o.receive(shipment, sku, 1));
        }

        List<Api.Response> responses;
        try (var pool = Executors.newFixedThreadPool(16)) {
            responses = pool.invokeAll(tasks).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(10);
        assertThat(responses.stream().filter(r -> r.status() == 409)).hasSize(6);
        assertThat(stock(o, us)).containsEntry("inTransit", 0).containsEntry("available", 10);
    }

    @Test
    void domesticStockIsCountedOverseasStockOnlyArrives() {
        var o = new Overseas(api);
        var cn = o.warehouse("SELF_BUILT", "CN");
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("BATTERY", 2, sku);

        var counted = o.put("/api/v1/inventory", Map.of("warehouseId", cn, "skuCode", sku, "available", 120));
        assertThat(counted.status()).isEqualTo(200);
        assertThat(stock(o, cn)).containsEntry("available", 120);
        assertThat(o.put("/api/v1/inventory", Map.of("warehouseId", us, "skuCode", sku, "available", 5))
                        .code())
                .isEqualTo("OVERSEAS_STOCK_BY_INBOUND_ONLY");
        assertThat(o.put("/api/v1/inventory", Map.of("warehouseId", cn, "skuCode", sku, "available", -1))
                        .status())
                .isEqualTo(400);
        assertThat(o.put("/api/v1/inventory", Map.of("warehouseId", cn, "skuCode", "NOT-MINE", "available", 1))
                        .code())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/v1/warehouses", o.token)
                        .json()
                        .valueStream()
                        .filter(w -> w.get("country").asString().equals("CN"))
                        .allMatch(w -> w.get("isDefault").asBoolean()))
                .isTrue();
    }

    private Map<String, Integer> stock(Overseas o, long warehouseId) {
        var item = api.get("/api/v1/inventory?warehouseId=" + warehouseId, o.token)
                .json()
                .get("items")
                .get(0);
        return Map.of(
                "available",
                item.get("available").asInt(),
                "inTransit",
                item.get("inTransit").asInt());
    }
}
