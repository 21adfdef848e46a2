package io.sellercenter.shipping;

import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The online services a parcel can take (R-H3, R-H4, R-H6): freight from the channel's rate table on
 * the chargeable (actual or volumetric) weight, whether it accepts the goods, and pickup by the
 * transit warehouse whose collection range holds the pickup address.
 */
@Service
public class LogisticsServices {

    public record Parcel(int weightGrams, BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {}

    public record Option(
            String serviceCode,
            String serviceName,
            String kind,
            Money estimatedFreight,
            Integer chargeableWeightGrams,
            int deliveryDays,
            boolean buyerSelected,
            boolean acceptsGoodsType,
            List<GoodsType> refusedGoodsTypes,
            boolean pickupAvailable,
            TransitWarehouse transitWarehouse,
            String unavailableReason) {}

    private final JdbcClient jdbc;
    private volatile CachedNetwork cached;

    LogisticsServices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Channel> channels() {
        return network().channels();
    }

    public Optional<Channel> channel(String serviceCode) {
        return network().channel(serviceCode);
    }

    private List<Channel> loadChannels() {
        var rates = rates();
        return jdbc.sql("select * from logistics_channels order by service_code")
                .query((rs, n) -> mapChannel(rs, rates))
                .list();
    }

    /** Every channel's rate rows, by channel, in one query. */
    private Map<String, List<RateRow>> rates() {
        var rates = new HashMap<String, List<RateRow>>();
        jdbc.sql("select * from channel_rates order by service_code, zone")
                .query((r, n) -> new RateRow(
                        r.getString("service_code"),
                        r.getString("zone"),
                        split(r.getString("countries")),
                        r.getLong("per_kg_minor"),
                        r.getLong("per_parcel_minor"),
                        r.getInt("rounding_grams"),
                        r.getInt("volumetric_divisor")))
                .list()
                .forEach(row -> rates.computeIfAbsent(row.serviceCode(), k -> new ArrayList<>())
                        .add(row));
        return rates;
    }

    private record RateRow(
            String serviceCode,
            String zone,
            List<String> countries,
            long perKgMinor,
            long perParcelMinor,
            int roundingGrams,
            int volumetricDivisor) {}

    public List<TransitWarehouse> transitWarehouses() {
        return network().warehouses();
    }

    private List<TransitWarehouse> loadTransitWarehouses() {
        return jdbc.sql("""
                        select code, name, sort_code, address, postal_prefixes, contact_person, phone, opening_hours
                        from transit_warehouses order by code""")
                .query((rs, n) -> new TransitWarehouse(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        split(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    public Optional<TransitWarehouse> transitWarehouse(String code) {
        return network().transitWarehouse(code);
    }

    /** The transit warehouse collecting at this postal code, if any (R-H6). */
    public Optional<TransitWarehouse> collecting(String postalCode) {
        return network().collecting(postalCode);
    }

    /** Every enabled channel for the parcel, with the reason when it cannot take it. */
    @Transactional(readOnly = true)
    public List<Option> options(
            Parcel parcel,
            String destination,
            Set<GoodsType> goodsTypes,
            String buyerSelected,
            String pickupPostalCode) {
        return network().options(parcel, destination, goodsTypes, buyerSelected, pickupPostalCode);
    }

    /**
     * Channels and transit warehouses, which every read above goes through: kept in memory and read
     * again only once a change has moved their version (V18), on any instance. A change seen inside its
     * own transaction is cached under its version too; rolled back, that version is never seen again.
     */
    @Transactional(readOnly = true)
    public Network network() {
        var version = jdbc.sql("select version from logistics_network_version")
                .query(Long.class)
                .single();
        var known = cached;
        if (known != null && known.version() == version) {
            return known.network();
        }
        var network = new Network(loadChannels(), loadTransitWarehouses());
        cached = new CachedNetwork(version, network);
        return network;
    }

    private record CachedNetwork(long version, Network network) {}

    public record Network(List<Channel> channels, List<TransitWarehouse> warehouses) {

        public Optional<Channel> channel(String serviceCode) {
            return channels.stream()
                    .filter(c -> c.serviceCode().equals(serviceCode))
                    .findFirst();
        }

        public Optional<TransitWarehouse> transitWarehouse(String code) {
            return warehouses.stream().filter(w -> w.code().equals(code)).findFirst();
        }

        public Optional<TransitWarehouse> collecting(String postalCode) {
            return warehouses.stream().filter(w -> w.collects(postalCode)).findFirst();
        }

        /**
         * The transit warehouse nearest to a postal code outside every range (R-H6): the one whose range shares the
         * longest leading digits with it (Chinese postal codes run from province to district), the first on a tie.
         */
        public Optional<TransitWarehouse> nearest(String postalCode) {
            TransitWarehouse best = null;
            var bestCloseness = -1;
            for (var w : warehouses) {
                var closeness = closeness(w, postalCode);
                if (closeness > bestCloseness) {
                    best = w;
                    bestCloseness = closeness;
                }
            }
            return Optional.ofNullable(best);
        }

        private static int closeness(TransitWarehouse w, String postalCode) {
            return w.postalPrefixes().stream()
                    .mapToInt(prefix -> commonLeading(prefix, postalCode))
                    .max()
                    .orElse(0);
        }

        private static int commonLeading(String a, String b) {
            var n = 0;
            while (b != null && n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
                n++;
            }
            return n;
        }

        public List<Option> options(
                Parcel parcel,
                String destination,
                Set<GoodsType> goodsTypes,
                String buyerSelected,
                String pickupPostalCode) {
            return channels.stream()
                    .filter(Channel::enabled)
                    .map(c -> option(c, parcel, destination, goodsTypes, buyerSelected, pickupPostalCode))
                    .toList();
        }

        /**
         * Why a parcel may not go on an option that cannot take it: the goods are R-H4's (every line's type counts;
         * the refused ones named, and whether any online channel takes them at all); weight, size and destination are
         * the channel's own limits.
         */
        public DomainException refusal(Option option, Set<GoodsType> goodsTypes) {
            return option.unavailableReason().equals("GOODS_TYPE_NOT_ACCEPTED")
                    ? new RuleViolationException(Rule.R_H4, "GOODS_TYPE_NOT_ACCEPTED")
                            .with(
                                    "refusedGoodsTypes",
                                    option.refusedGoodsTypes().stream()
                                            .map(Enum::name)
                                            .toList())
                            .with("shipOffline", !anyAccepts(goodsTypes))
                    : RuleViolationException.unnumbered(option.unavailableReason());
        }

        /** Whether some enabled channel takes every one of these goods types; if none, they ship offline (R-H13). */
        public boolean anyAccepts(Set<GoodsType> goodsTypes) {
            return channels.stream()
                    .filter(Channel::enabled)
                    .anyMatch(c -> c.acceptedGoodsTypes().containsAll(goodsTypes));
        }

        public Option option(
                Channel c,
                Parcel parcel,
                String destination,
                Set<GoodsType> goodsTypes,
                String buyerSelected,
                String pickupPostalCode) {
            var pickup = collecting(pickupPostalCode);
            var refused = goodsTypes.stream()
                    .filter(t -> !c.acceptedGoodsTypes().contains(t))
                    .sorted()
                    .toList();
            var accepts = refused.isEmpty();
            var reason = reason(c, parcel, destination, accepts);
            var rate = c.rates().stream().filter(r -> r.serves(destination)).findFirst();
            Money freight = null;
            Integer chargeable = null;
            if (reason == null && rate.isPresent()) {
                chargeable = chargeableGrams(parcel, rate.get());
                freight = freight(rate.get(), chargeable);
            } else if (reason == null) {
                reason = "DESTINATION_NOT_SERVED";
            }
            return new Option(
                    c.serviceCode(),
                    c.name(LocaleContextHolder.getLocale()),
                    c.kind().name(),
                    freight,
                    chargeable,
                    c.deliveryDays(),
                    c.serviceCode().equals(buyerSelected),
                    accepts,
                    refused,
                    pickup.isPresent(),
                    pickup.or(() -> nearest(pickupPostalCode)).orElse(null),
                    reason);
        }
    }

    /** The larger of the actual and the volumetric weight, rounded up to the rate's step. */
    public static int chargeableGrams(Parcel parcel, Channel.Rate rate) {
        var volumetric = parcel.lengthCm()
                .multiply(parcel.widthCm())
                .multiply(parcel.heightCm())
                .multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(rate.volumetricDivisor()), 0, RoundingMode.CEILING)
                .intValueExact();
        var grams = Math.max(parcel.weightGrams(), volumetric);
        var step = rate.roundingGrams();
        return (grams + step - 1) / step * step;
    }

    public static Money freight(Channel.Rate rate, int chargeableGrams) {
        var perKg = BigDecimal.valueOf(rate.perKg().minorUnits())
                .multiply(BigDecimal.valueOf(chargeableGrams))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(rate.perParcel().minorUnits() + perKg, rate.perKg().currency());
    }

    private static String reason(Channel c, Parcel p, String destination, boolean accepts) {
        if (!accepts) {
            return "GOODS_TYPE_NOT_ACCEPTED";
        }
        if (!c.destinationCountries().contains("*") && !c.destinationCountries().contains(destination)) {
            return "DESTINATION_NOT_SERVED";
        }
        if (p.weightGrams() > c.maxWeightGrams()) {
            return "OVER_WEIGHT_LIMIT";
        }
        var sides = List.of(p.lengthCm(), p.widthCm(), p.heightCm());
        var longest = sides.stream().max(BigDecimal::compareTo).orElseThrow();
        var sum = sides.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (longest.compareTo(BigDecimal.valueOf(c.maxSideCm())) > 0
                || sum.compareTo(BigDecimal.valueOf(c.maxSumOfSidesCm())) > 0) {
            return "OVER_SIZE_LIMIT";
        }
        return null;
    }

    private Channel mapChannel(ResultSet rs, Map<String, List<RateRow>> allRates) throws SQLException {
        var code = rs.getString("service_code");
        var currency = Currency.getInstance(rs.getString("currency"));
        var rates = allRates.getOrDefault(code, List.of()).stream()
                .map(r -> new Channel.Rate(
                        r.zone(),
                        r.countries(),
                        new Money(r.perKgMinor(), currency),
                        new Money(r.perParcelMinor(), currency),
                        r.roundingGrams(),
                        r.volumetricDivisor()))
                .toList();
        return new Channel(
                code,
                rs.getString("name_en"),
                rs.getString("name_zh"),
                Channel.Kind.valueOf(rs.getString("kind")),
                split(rs.getString("accepted_goods_types")).stream()
                        .map(GoodsType::valueOf)
                        .toList(),
                split(rs.getString("destination_countries")),
                rs.getInt("delivery_days"),
                rs.getInt("max_weight_grams"),
                rs.getInt("max_side_cm"),
                rs.getInt("max_sum_of_sides_cm"),
                rs.getString("waybill_prefix"),
                rs.getString("tracking_pattern"),
                new Money(rs.getLong("return_fee_minor"), currency),
                rs.getBoolean("enabled"),
                rates,
                rs.getString("third_party_system_url"));
    }

    static List<String> split(String csv) {
        return csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(","))
                        .map(s -> s.trim().toUpperCase(Locale.ROOT))
                        .toList();
    }
}
