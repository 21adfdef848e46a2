package io.sellercenter.shipping.web;

import static io.sellercenter.shared.InputText.blankToNull;

import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shipping.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.BindingResult;

/**
 * The platform admin's channel form: the channel and its rate table, a row per zone. Rows left blank are ignored, so
 * the page offers two empty ones for new zones without any script.
 */
public class ChannelPageForm {

    static final int SPARE_ROWS = 2;
    private static final String COUNTRIES = "([A-Z]{2}|\\*)([\\s,;]+([A-Z]{2}|\\*))*[\\s,;]*";
    private static final String AMOUNT = "[0-9]{1,8}(\\.[0-9]{1,2})?";

    /** One zone of the rate table. */
    public static class RateRow {
        private String zone;
        private String countries;
        private String perKg;
        private String perParcel;
        private Integer roundingGrams;
        private Integer volumetricDivisor;

        boolean isBlank() {
            return blank(zone) && blank(countries) && blank(perKg) && blank(perParcel);
        }

        public String getZone() {
            return zone;
        }

        public void setZone(String zone) {
            this.zone = zone;
        }

        public String getCountries() {
            return countries;
        }

        public void setCountries(String countries) {
            this.countries = countries;
        }

        public String getPerKg() {
            return perKg;
        }

        public void setPerKg(String perKg) {
            this.perKg = perKg;
        }

        public String getPerParcel() {
            return perParcel;
        }

        public void setPerParcel(String perParcel) {
            this.perParcel = perParcel;
        }

        public Integer getRoundingGrams() {
            return roundingGrams;
        }

        public void setRoundingGrams(Integer roundingGrams) {
            this.roundingGrams = roundingGrams;
        }

        public Integer getVolumetricDivisor() {
            return volumetricDivisor;
        }

        public void setVolumetricDivisor(Integer volumetricDivisor) {
            this.volumetricDivisor = volumetricDivisor;
        }
    }

    @NotBlank
    @Pattern(regexp = "[A-Z0-9_]{2,40}")
    private String serviceCode;

    @NotBlank
    @Size(max = 100)
    private String nameEn;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    @NotNull
    private Channel.Kind kind = Channel.Kind.EXPRESS;

    @NotEmpty
    private List<GoodsType> acceptedGoodsTypes = new ArrayList<>(List.of(GoodsType.GENERAL));

    @NotBlank
    @Pattern(regexp = COUNTRIES)
    private String destinationCountries;

    @NotNull
    @Positive
    @Max(365)
    private Integer deliveryDays;

    @NotNull
    @Positive
    @Max(100_000)
    private Integer maxWeightGrams = 2000;

    @NotNull
    @Positive
    @Max(1000)
    private Integer maxSideCm = 60;

    @NotNull
    @Positive
    @Max(3000)
    private Integer maxSumOfSidesCm = 90;

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}")
    private String waybillPrefix = "LP";

    @NotBlank
    @Size(max = 100)
    private String trackingPattern = "LP[0-9]{14}";

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}")
    private String currency = "CNY";

    @NotBlank
    @Pattern(regexp = AMOUNT)
    private String returnFee = "0";

    private boolean enabled = true;

    @Size(max = 300)
    private String thirdPartySystemUrl;

    private List<RateRow> rates = spareRows(new ArrayList<>());

    static ChannelPageForm of(Channel c) {
        var form = new ChannelPageForm();
        form.serviceCode = c.serviceCode();
        form.nameEn = c.nameEn();
        form.nameZh = c.nameZh();
        form.kind = c.kind();
        form.acceptedGoodsTypes = new ArrayList<>(c.acceptedGoodsTypes());
        form.destinationCountries = String.join(" ", c.destinationCountries());
        form.deliveryDays = c.deliveryDays();
        form.maxWeightGrams = c.maxWeightGrams();
        form.maxSideCm = c.maxSideCm();
        form.maxSumOfSidesCm = c.maxSumOfSidesCm();
        form.waybillPrefix = c.waybillPrefix();
        form.trackingPattern = c.trackingPattern();
        form.currency = c.returnFee().currency().getCurrencyCode();
        form.returnFee = c.returnFee().amount().toPlainString();
        form.enabled = c.enabled();
        form.thirdPartySystemUrl = c.thirdPartySystemUrl();
        var rows = new ArrayList<RateRow>();
        for (var r : c.rates()) {
            var row = new RateRow();
            row.zone = r.zone();
            row.countries = String.join(" ", r.countries());
            row.perKg = r.perKg().amount().toPlainString();
            row.perParcel = r.perParcel().amount().toPlainString();
            row.roundingGrams = r.roundingGrams();
            row.volumetricDivisor = r.volumetricDivisor();
            rows.add(row);
        }
        form.rates = spareRows(rows);
        return form;
    }

    /** The channel to save, or null with the errors put beside the fields at fault. */
    Channel channel(BindingResult result) {
        var rows = new ArrayList<Channel.Rate>();
        for (int i = 0; i < rates.size(); i++) {
            var row = rates.get(i);
            if (row.isBlank()) {
                continue;
            }
            var at = "rates[" + i + "].";
            check(result, at + "zone", row.zone != null && row.zone.matches("\\S.{0,19}"));
            check(result, at + "countries", row.countries != null && row.countries.matches(COUNTRIES));
            check(result, at + "perKg", row.perKg != null && row.perKg.matches(AMOUNT));
            check(result, at + "perParcel", row.perParcel != null && row.perParcel.matches(AMOUNT));
            check(result, at + "roundingGrams", positive(row.roundingGrams, 100_000));
            check(result, at + "volumetricDivisor", positive(row.volumetricDivisor, 100_000));
            if (!result.hasErrors()) {
                rows.add(new Channel.Rate(
                        row.zone.trim(),
                        split(row.countries),
                        money(result, row.perKg),
                        money(result, row.perParcel),
                        row.roundingGrams,
                        row.volumetricDivisor));
            }
        }
        if (rows.isEmpty() && !result.hasErrors()) {
            result.rejectValue("rates[0].zone", "NotBlank");
        }
        var fee = money(result, returnFee);
        if (result.hasErrors()) {
            return null;
        }
        return new Channel(
                serviceCode,
                nameEn.trim(),
                nameZh.trim(),
                kind,
                List.copyOf(acceptedGoodsTypes),
                split(destinationCountries),
                deliveryDays,
                maxWeightGrams,
                maxSideCm,
                maxSumOfSidesCm,
                waybillPrefix,
                trackingPattern,
                fee,
                enabled,
                rows,
                blankToNull(thirdPartySystemUrl));
    }

    /** An amount in the channel's currency; a currency that cannot take it is the currency's error. */
    private Money money(BindingResult result, String amount) {
        return FormErrors.money(result, "currency", amount, currency);
    }

    private static void check(BindingResult result, String field, boolean valid) {
        if (!valid) {
            result.rejectValue(field, "field.INVALID_VALUE");
        }
    }

    private static boolean positive(Integer value, int max) {
        return value != null && value > 0 && value <= max;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.trim().split("[\\s,;]+"))
                .map(s -> s.toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<RateRow> spareRows(List<RateRow> rows) {
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new RateRow());
        }
        return rows;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public Channel.Kind getKind() {
        return kind;
    }

    public void setKind(Channel.Kind kind) {
        this.kind = kind;
    }

    public List<GoodsType> getAcceptedGoodsTypes() {
        return acceptedGoodsTypes;
    }

    public void setAcceptedGoodsTypes(List<GoodsType> acceptedGoodsTypes) {
        this.acceptedGoodsTypes = acceptedGoodsTypes;
    }

    public String getDestinationCountries() {
        return destinationCountries;
    }

    public void setDestinationCountries(String destinationCountries) {
        this.destinationCountries = destinationCountries;
    }

    public Integer getDeliveryDays() {
        return deliveryDays;
    }

    public void setDeliveryDays(Integer deliveryDays) {
        this.deliveryDays = deliveryDays;
    }

    public Integer getMaxWeightGrams() {
        return maxWeightGrams;
    }

    public void setMaxWeightGrams(Integer maxWeightGrams) {
        this.maxWeightGrams = maxWeightGrams;
    }

    public Integer getMaxSideCm() {
        return maxSideCm;
    }

    public void setMaxSideCm(Integer maxSideCm) {
        this.maxSideCm = maxSideCm;
    }

    public Integer getMaxSumOfSidesCm() {
        return maxSumOfSidesCm;
    }

    public void setMaxSumOfSidesCm(Integer maxSumOfSidesCm) {
        this.maxSumOfSidesCm = maxSumOfSidesCm;
    }

    public String getWaybillPrefix() {
        return waybillPrefix;
    }

    public void setWaybillPrefix(String waybillPrefix) {
        this.waybillPrefix = waybillPrefix;
    }

    public String getTrackingPattern() {
        return trackingPattern;
    }

    public void setTrackingPattern(String trackingPattern) {
        this.trackingPattern = trackingPattern;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getReturnFee() {
        return returnFee;
    }

    public void setReturnFee(String returnFee) {
        this.returnFee = returnFee;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<RateRow> getRates() {
        return rates;
    }

    public void setRates(List<RateRow> rates) {
        this.rates = rates;
    }

    public String getThirdPartySystemUrl() {
        return thirdPartySystemUrl;
    }

    public void setThirdPartySystemUrl(String thirdPartySystemUrl) {
        this.thirdPartySystemUrl = thirdPartySystemUrl;
    }
}
