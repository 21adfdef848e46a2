package io.sellercenter.warehouses.internal;

import java.util.List;
import java.util.Map;

/**
 * A warehouse's overseas fees (R-W8), amounts as decimal strings in {@code currency}: first-leg
 * freight per kg by mode, storage per cubic metre per day with ageing multipliers, handling per
 * order and per extra item, last-mile by weight bracket, tariffs by destination and HS chapter.
 */
public record FeeSchedule(
        String currency,
        Map<String, String> firstLegPerKg,
        String storagePerCubicMetrePerDay,
        List<AgeingTier> storageAgeingTiers,
        String handlingPerOrder,
        String handlingPerExtraItem,
        List<LastMileBracket> lastMile,
        List<Tariff> tariffs) {

    public record AgeingTier(int fromDays, String multiplier) {}

    public record LastMileBracket(int upToGrams, String fee) {}

    public record Tariff(String destination, String hsChapter, String ratePercent) {}

    public FeeSchedule {
        firstLegPerKg = firstLegPerKg == null ? Map.of() : Map.copyOf(firstLegPerKg);
        storageAgeingTiers = storageAgeingTiers == null ? List.of() : List.copyOf(storageAgeingTiers);
        lastMile = lastMile == null ? List.of() : List.copyOf(lastMile);
        tariffs = tariffs == null ? List.of() : List.copyOf(tariffs);
    }
}
