package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.Money;
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

    private record SkuStock(String skuCode, BigDecimal cubicCm, long stockDays) {}

    private final JdbcClient jdbc;
    private final OverseasFees fees;
    private final Clock clock;

    StorageStatements(JdbcClient jdbc, OverseasFees fees, Clock clock) {
        this.jdbc = jdbc;
        this.fees = fees;
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
        // each movement counts on every day from its own (or the month's first) to the last counted one
        var rows = jdbc.sql("""
                        select m.sku_code, s.length_cm * s.width_cm * s.height_cm as cubic_cm,
                               coalesce(sum(m.available_delta::bigint
                                            * (:days - greatest((m.occurred_at at time zone 'UTC')::date - :first, 0)))
                                        filter (where m.occurred_at < :end), 0) as stock_days
                        from inventory_movements m
                        join stock_skus s on s.seller_id = :seller and s.sku_code = m.sku_code
                        where m.warehouse_id = :warehouse
                        group by m.sku_code, s.length_cm, s.width_cm, s.height_cm
                        order by m.sku_code""")
                .param("days", days)
                .param("first", month.atDay(1))
                .param(
                        "end",
                        Timestamp.from(
                                month.atDay(1).plusDays(days).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .param("seller", seller)
                .param("warehouse", warehouseId)
                .query((rs, n) -> new SkuStock(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3)))
                .list();
        var lines = new ArrayList<Line>();
        long total = 0;
        for (var row : rows) {
            var cubicMetreDays = row.cubicCm().movePointLeft(6).multiply(BigDecimal.valueOf(row.stockDays()));
            var amount = cubicMetreDays
                    .multiply(rate)
                    .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
                    .movePointRight(currency.getDefaultFractionDigits())
                    .longValueExact();
            total += amount;
            lines.add(new Line(
                    row.skuCode(),
                    row.stockDays(),
                    cubicMetreDays.setScale(4, RoundingMode.HALF_UP),
                    new Money(amount, currency)));
        }
        return new Statement(warehouseId, month, days, lines, new Money(total, currency));
    }
}
