package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.Money;
import io.sellercenter.warehouses.Warehouses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The month's storage bill of a warehouse from actual stock-days: each day's closing available stock (UTC). */
@Service
public class StorageStatements {

    public record Line(String skuCode, long stockDays, BigDecimal cubicMetreDays, Money amount) {}

    public record Statement(long warehouseId, YearMonth month, int daysCounted, List<Line> lines, Money total) {}

    private final JdbcClient jdbc;
    private final OverseasFees fees;
    private final Warehouses warehouses;
    private final Clock clock;

    StorageStatements(JdbcClient jdbc, OverseasFees fees, Warehouses warehouses, Clock clock) {
        this.jdbc = jdbc;
        this.fees = fees;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Statement statement(CurrentAccount me, long warehouseId, YearMonth month) {
        var seller = me.requireSeller().value();
        var schedule = fees.get(me, warehouseId);
        var currency = Currency.getInstance(schedule.currency());
        var rate = new BigDecimal(schedule.storagePerCubicMetrePerDay());
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var lastDay = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        var days = month.atDay(1).isAfter(today) ? 0 : lastDay.getDayOfMonth();
        var skus = jdbc.sql(
                        "select distinct sku_code from inventory_movements where warehouse_id = ? order by sku_code")
                .param(warehouseId)
                .query(String.class)
                .list();
        var lines = new ArrayList<Line>();
        long total = 0;
        for (var sku : skus) {
            long stockDays = 0;
            for (int d = 1; d <= days; d++) {
                var endOfDay = month.atDay(d).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                stockDays += jdbc.sql("""
                                select coalesce(sum(available_delta), 0) from inventory_movements
                                where warehouse_id = ? and sku_code = ? and occurred_at < ?""")
                        .params(warehouseId, sku, Timestamp.from(endOfDay))
                        .query(Long.class)
                        .single();
            }
            var unit = warehouses.sku(seller, sku).orElseThrow();
            var cubicMetreDays = unit.lengthCm()
                    .multiply(unit.widthCm())
                    .multiply(unit.heightCm())
                    .movePointLeft(6)
                    .multiply(BigDecimal.valueOf(stockDays));
            var amount = cubicMetreDays
                    .multiply(rate)
                    .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
                    .movePointRight(currency.getDefaultFractionDigits())
                    .longValueExact();
            total += amount;
            lines.add(new Line(
                    sku, stockDays, cubicMetreDays.setScale(4, RoundingMode.HALF_UP), new Money(amount, currency)));
        }
        return new Statement(warehouseId, month, days, lines, new Money(total, currency));
    }
}
