package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OverseasFeesApiTest extends ApiTestBase {

    static Map<String, Object> schedule() {
        return Map.of(
                "currency",
                "USD",
                "firstLegPerKg",
                Map.of("SEA", "1.20", "AIR", "6.50"),
                "storagePerCubicMetrePerDay",
                "0.80",
                "storageAgeingTiers",
                List.of(Map.of("fromDays", 91, "multiplier", "2")),
                "handlingPerOrder",
                "1.50",
                "handlingPerExtraItem",
                "0.30",
                "lastMile",
                List.of(Map.of("upToGrams", 500, "fee", "4.20"), Map.of("upToGrams", 2000, "fee", "6.80")),
                "tariffs",
                List.of(Map.of("destination", "US", "hsChapter", "85", "ratePercent", "2.5")));
    }

    @Test
    @DisplayName("R-W8 a quote itemises first leg, storage, handling, last mile and tariff")
    void quoteItemisesAllFive() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        assertThat(o.put("/api/v1/warehouses/" + us + "/fee-schedule", schedule())
                        .status())
                .isEqualTo(200);

        var quote = api.post(
                        "/api/v1/overseas-fees/quote",
                        o.token,
                        Map.of(
                                "warehouseId",
                                us,
                                "items",
                                List.of(Map.of("skuCode", sku, "quantity", 4)),
                                "destination",
                                "US",
                                "firstLegMode",
                                "AIR",
                                "storageDays",
                                100))
                .json();

        // 4 × 250 g = 1 kg; 4 × 20×10×5 cm = 0.004 m³; value 4 × 19.90 = 79.60
        var amounts = new HashMap<String, String>();
        quote.get("lines")
                .forEach(l -> amounts.put(
                        l.get("kind").asString(), l.get("amount").get("amount").asString()));
        assertThat(amounts)
                .containsEntry("FIRST_LEG", "6.50")
                .containsEntry("STORAGE", "0.35") // 0.004 × 0.80 × (90 + 10 × 2) = 0.352
                .containsEntry("HANDLING", "2.40")
                .containsEntry("LAST_MILE", "6.80")
                .containsEntry("TARIFF", "1.99");
        assertThat(quote.get("total").get("amount").asString()).isEqualTo("18.04");
        assertThat(quote.get("lines").get(0).get("basis").asString()).contains("1.000 kg");
    }

    @Test
    @DisplayName("R-W8 the storage statement bills actual stock-days")
    void storageStatementFromStockDays() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        o.put("/api/v1/warehouses/" + us + "/fee-schedule", schedule());
        var shipment = o.inbound(us, sku, 10).get("shipmentId").asLong();
        o.receive(shipment, sku, 10);

        var month = YearMonth.now(ZoneOffset.UTC);
        var statement = api.get("/api/v1/warehouses/" + us + "/storage-statement?month=" + month, o.token)
                .json();

        var line = statement.get("lines").get(0);
        assertThat(line.get("skuCode").asString()).isEqualTo(sku);
        assertThat(line.get("stockDays").asLong()).as("10 units held today").isEqualTo(10);
        assertThat(statement.get("total").get("currency").asString()).isEqualTo("USD");
        var nextMonth = api.get("/api/v1/warehouses/" + us + "/storage-statement?month=" + month.plusMonths(1), o.token)
                .json();
        assertThat(nextMonth.get("lines").get(0).get("stockDays").asLong()).isZero();
    }

    @Test
    void schedulesAreValidated() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var bad = new HashMap<>(schedule());
        bad.put("handlingPerOrder", "-1");
        bad.put("currency", "XXXX");

        var refused = o.put("/api/v1/warehouses/" + us + "/fee-schedule", bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json()
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .contains("handlingPerOrder", "currency");
    }
}
