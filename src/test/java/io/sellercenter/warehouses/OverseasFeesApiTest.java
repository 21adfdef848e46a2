package io.sellercenter.warehouses;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OverseasFeesApiTest extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

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
    @DisplayName("R-W8 a month's stock-days are the sum of each day's closing stock, whatever the history")
    void statementSumsEachDaysClosingStock() {
        var o = new Overseas(api);
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        o.put("/api/v1/warehouses/" + us + "/fee-schedule", schedule());
        var month = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        var from = month.minusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var random = new Random(month.hashCode());
        var movements = new ArrayList<Map.Entry<Instant, Integer>>();
        for (int i = 0; i < 60; i++) {
            // across the month before, the month billed and the one after, some on midnight exactly
            var at = from.plus(Duration.ofMinutes(random.nextInt(3 * 31 * 24 * 60)));
            movements.add(Map.entry(i % 10 == 0 ? at.truncatedTo(ChronoUnit.DAYS) : at, random.nextInt(-5, 21)));
        }
        for (var m : movements) {
            jdbc.sql("""
                            insert into inventory_movements
                              (warehouse_id, sku_code, available_delta, in_transit_delta, reason, occurred_at)
                            values (?, ?, ?, 0, 'COUNT', ?)""")
                    .params(us, sku, m.getValue(), Timestamp.from(m.getKey()))
                    .update();
        }
        long expected = 0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            var endOfDay = month.atDay(d).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            expected += movements.stream()
                    .filter(m -> m.getKey().isBefore(endOfDay))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        var statement = api.get("/api/v1/warehouses/" + us + "/storage-statement?month=" + month, o.token)
                .json();

        assertThat(statement.get("daysCounted").asInt()).isEqualTo(month.lengthOfMonth());
        assertThat(statement.get("lines").get(0).get("stockDays").asLong()).isEqualTo(expected);
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
