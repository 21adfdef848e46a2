package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.warehouses.Warehouses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Overseas-warehouse costs (R-W8): the schedule per warehouse and an itemised quote of all five. */
@Service
public class OverseasFees {

    public enum Kind {
        FIRST_LEG,
        STORAGE,
        HANDLING,
        LAST_MILE,
        TARIFF
    }

    public record Line(Kind kind, Money amount, String basis) {}

    public record Quote(List<Line> lines, Money total) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Warehouses warehouses;
    private final Clock clock;

    OverseasFees(JdbcClient jdbc, JsonMapper json, Warehouses warehouses, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    @Transactional
    public FeeSchedule set(CurrentAccount me, long warehouseId, FeeSchedule schedule) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        warehouses.find(new SellerId(seller), warehouseId).orElseThrow(() -> new NotFoundException("warehouse"));
        validate(schedule);
        jdbc.sql("""
                        insert into fee_schedules (warehouse_id, seller_id, schedule, updated_at) values (?, ?, ?, ?)
                        on conflict (warehouse_id) do update set schedule = excluded.schedule, updated_at = excluded.updated_at""")
                .params(warehouseId, seller, json.writeValueAsString(schedule), Timestamp.from(clock.instant()))
                .update();
        return schedule;
    }

    @Transactional(readOnly = true)
    public FeeSchedule get(CurrentAccount me, long warehouseId) {
        var seller = me.requireSeller().value();
        return jdbc.sql("select schedule from fee_schedules where warehouse_id = ? and seller_id = ?")
                .params(warehouseId, seller)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, FeeSchedule.class))
                .orElseThrow(() -> new NotFoundException("fee schedule"));
    }

    /** All five costs for the SKUs sent to {@code destination}, each with how it was reckoned. */
    @Transactional(readOnly = true)
    public Quote quote(
            CurrentAccount me,
            long warehouseId,
            Map<String, Integer> items,
            String destination,
            String mode,
            int storageDays) {
        var seller = me.requireSeller().value();
        var s = get(me, warehouseId);
        var currency = Currency.getInstance(s.currency());
        var grams = 0L;
        var cubicMetres = BigDecimal.ZERO;
        var units = 0;
        var tariff = BigDecimal.ZERO;
        var tariffBasis = new ArrayList<String>();
        for (var item : items.entrySet()) {
            var sku = warehouses
                    .sku(new SellerId(seller), item.getKey())
                    .orElseThrow(() -> new InvalidInputException(
                            List.of(new FieldError("items", "UNKNOWN_SKU", List.of(item.getKey())))));
            int quantity = item.getValue();
            units += quantity;
            grams += (long) sku.weightGrams() * quantity;
            cubicMetres = cubicMetres.add(sku.lengthCm()
                    .multiply(sku.widthCm())
                    .multiply(sku.heightCm())
                    .multiply(BigDecimal.valueOf(quantity))
                    .movePointLeft(6));
            if (!sku.price().currency().equals(currency)) {
                throw new RuleViolationException(
                        Rule.R_W8, "CURRENCY_MISMATCH", sku.price().currency(), currency);
            }
            var chapter = sku.hsCode() == null || sku.hsCode().length() < 2
                    ? null
                    : sku.hsCode().substring(0, 2);
            var rate = s.tariffs().stream()
                    .filter(t -> t.destination().equalsIgnoreCase(destination)
                            && t.hsChapter().equals(chapter))
                    .map(t -> new BigDecimal(t.ratePercent()))
                    .findFirst()
                    .orElse(BigDecimal.ZERO);
            var value = sku.price().amount().multiply(BigDecimal.valueOf(quantity));
            tariff = tariff.add(value.multiply(rate).movePointLeft(2));
            tariffBasis.add(item.getKey() + ": " + value.toPlainString() + " × " + rate.toPlainString() + "% (HS "
                    + (chapter == null ? "—" : chapter) + ")");
        }
        var kilograms = BigDecimal.valueOf(grams).movePointLeft(3);
        var perKg = s.firstLegPerKg().get(mode);
        if (perKg == null) {
            throw new RuleViolationException(Rule.R_W8, "NO_FIRST_LEG_RATE", mode);
        }
        var lines = new ArrayList<Line>();
        lines.add(new Line(
                Kind.FIRST_LEG,
                money(kilograms.multiply(new BigDecimal(perKg)), currency),
                kilograms.toPlainString() + " kg × " + perKg + " (" + mode + ")"));
        lines.add(storage(s, cubicMetres, storageDays, currency));
        lines.add(handling(s, units, currency));
        lines.add(lastMile(s, grams, currency));
        lines.add(new Line(Kind.TARIFF, money(tariff, currency), String.join("; ", tariffBasis) + " → " + destination));
        var total = lines.stream().mapToLong(l -> l.amount().minorUnits()).sum();
        return new Quote(lines, new Money(total, currency));
    }

    /**
     * What the warehouse charges to pack and deliver one order it ships (handling and last mile), from its schedule;
     * empty when the warehouse has none.
     */
    @Transactional(readOnly = true)
    public Optional<List<Line>> fulfilment(SellerId seller, long warehouseId, Map<String, Integer> items) {
        var schedule = jdbc.sql("select schedule from fee_schedules where warehouse_id = ? and seller_id = ?")
                .params(warehouseId, seller.value())
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, FeeSchedule.class));
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        var s = schedule.get();
        var currency = Currency.getInstance(s.currency());
        var grams = 0L;
        var units = 0;
        for (var item : items.entrySet()) {
            var sku = warehouses.sku(seller, item.getKey()).orElseThrow(() -> new NotFoundException("stock SKU"));
            grams += (long) sku.weightGrams() * item.getValue();
            units += item.getValue();
        }
        return Optional.of(List.of(handling(s, units, currency), lastMile(s, grams, currency)));
    }

    private static Line handling(FeeSchedule s, int units, Currency currency) {
        var handling = new BigDecimal(s.handlingPerOrder())
                .add(new BigDecimal(s.handlingPerExtraItem()).multiply(BigDecimal.valueOf(Math.max(0, units - 1))));
        return new Line(
                Kind.HANDLING,
                money(handling, currency),
                s.handlingPerOrder() + " + " + Math.max(0, units - 1) + " × " + s.handlingPerExtraItem());
    }

    private static Line lastMile(FeeSchedule s, long grams, Currency currency) {
        var bracket = s.lastMile().stream()
                .sorted(Comparator.comparingInt(FeeSchedule.LastMileBracket::upToGrams))
                .filter(b -> b.upToGrams() >= grams)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(Rule.R_W8, "OVER_LAST_MILE_LIMIT", grams));
        return new Line(
                Kind.LAST_MILE,
                money(new BigDecimal(bracket.fee()), currency),
                grams + " g ≤ " + bracket.upToGrams() + " g");
    }

    /** Storage for {@code days}: each day at the base rate times the multiplier of its ageing tier. */
    private Line storage(FeeSchedule s, BigDecimal cubicMetres, int days, Currency currency) {
        var tiers = s.storageAgeingTiers().stream()
                .sorted(Comparator.comparingInt(FeeSchedule.AgeingTier::fromDays))
                .toList();
        var rate = new BigDecimal(s.storagePerCubicMetrePerDay());
        var weightedDays = BigDecimal.ZERO;
        for (int day = 1; day <= days; day++) {
            var multiplier = BigDecimal.ONE;
            for (var tier : tiers) {
                if (day >= tier.fromDays()) {
                    multiplier = new BigDecimal(tier.multiplier());
                }
            }
            weightedDays = weightedDays.add(multiplier);
        }
        return new Line(
                Kind.STORAGE,
                money(cubicMetres.multiply(rate).multiply(weightedDays), currency),
                cubicMetres.setScale(4, RoundingMode.HALF_UP).toPlainString() + " m³ × " + rate.toPlainString()
                        + "/m³/day × " + weightedDays.toPlainString() + " weighted days (" + days + " days)");
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(
                amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
                        .movePointRight(currency.getDefaultFractionDigits())
                        .longValueExact(),
                currency);
    }

    private static void validate(FeeSchedule s) {
        var errors = new ArrayList<FieldError>();
        try {
            Currency.getInstance(s.currency());
        } catch (RuntimeException e) {
            errors.add(new FieldError("currency", "INVALID_VALUE"));
        }
        decimal(s.storagePerCubicMetrePerDay(), "storagePerCubicMetrePerDay", errors);
        decimal(s.handlingPerOrder(), "handlingPerOrder", errors);
        decimal(s.handlingPerExtraItem(), "handlingPerExtraItem", errors);
        s.firstLegPerKg().forEach((mode, v) -> {
            if (!mode.equals("SEA") && !mode.equals("AIR")) {
                errors.add(new FieldError("firstLegPerKg", "INVALID_VALUE"));
            }
            decimal(v, "firstLegPerKg." + mode, errors);
        });
        s.storageAgeingTiers().forEach(t -> {
            decimal(t.multiplier(), "storageAgeingTiers.multiplier", errors);
            if (t.fromDays() < 0) {
                errors.add(new FieldError("storageAgeingTiers.fromDays", "MIN_ZERO"));
            }
        });
        s.lastMile().forEach(b -> {
            decimal(b.fee(), "lastMile.fee", errors);
            if (b.upToGrams() <= 0) {
                errors.add(new FieldError("lastMile.upToGrams", "INVALID_VALUE"));
            }
        });
        s.tariffs().forEach(t -> {
            decimal(t.ratePercent(), "tariffs.ratePercent", errors);
            if (t.hsChapter() == null || !t.hsChapter().matches("[0-9]{2}")) {
                errors.add(new FieldError("tariffs.hsChapter", "INVALID_VALUE"));
            }
            if (t.destination() == null || !t.destination().matches("[A-Z]{2}")) {
                errors.add(new FieldError("tariffs.destination", "INVALID_VALUE"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void decimal(String value, String field, List<FieldError> errors) {
        try {
            if (value == null || value.length() > 20 || new BigDecimal(value).signum() < 0) {
                errors.add(new FieldError(field, "INVALID_VALUE"));
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "INVALID_VALUE"));
        }
    }
}
