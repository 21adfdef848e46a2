package io.sellercenter.shipping;

import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import java.util.List;
import java.util.Locale;

/** An online logistics channel screened and priced by the platform (R-H13). */
public record Channel(
        String serviceCode,
        String nameEn,
        String nameZh,
        Kind kind,
        List<GoodsType> acceptedGoodsTypes,
        List<String> destinationCountries,
        int deliveryDays,
        int maxWeightGrams,
        int maxSideCm,
        int maxSumOfSidesCm,
        String waybillPrefix,
        String trackingPattern,
        Money returnFee,
        boolean enabled,
        List<Rate> rates,
        String thirdPartySystemUrl) {

    /** A third party prints the label and manifest in its own system ({@code thirdPartySystemUrl}), not here. */
    public enum Kind {
        POSTAL,
        EXPRESS,
        ECONOMY,
        THIRD_PARTY
    }

    /** Per-kg rate, per-parcel fee, weight rounding and volumetric divisor for a zone's countries. */
    public record Rate(
            String zone,
            List<String> countries,
            Money perKg,
            Money perParcel,
            int roundingGrams,
            int volumetricDivisor) {

        public boolean serves(String country) {
            return countries.contains("*") || countries.contains(country);
        }
    }

    public String name(Locale locale) {
        return locale.getLanguage().equals("zh") ? nameZh : nameEn;
    }
}
