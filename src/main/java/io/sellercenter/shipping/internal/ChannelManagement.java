package io.sellercenter.shipping.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.TransitWarehouse;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform admin's logistics channels, their rate tables and the transit warehouses. */
@Service
public class ChannelManagement {

    private final JdbcClient jdbc;
    private final LogisticsServices services;

    ChannelManagement(JdbcClient jdbc, LogisticsServices services) {
        this.jdbc = jdbc;
        this.services = services;
    }

    /** Creates or replaces a channel with its rates (admin). */
    @Transactional
    public Channel save(CurrentAccount admin, Channel channel) {
        admin.requireStaff(StaffRole.ADMIN);
        return store(channel);
    }

    /** Without an admin check: for demo data. */
    @Transactional
    public Channel store(Channel c) {
        try {
            Pattern.compile(c.trackingPattern());
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("trackingPattern", "INVALID_VALUE");
        }
        if (c.kind() == Channel.Kind.THIRD_PARTY
                && (c.thirdPartySystemUrl() == null || !c.thirdPartySystemUrl().matches("https?://\\S{3,}"))) {
            throw new InvalidInputException("thirdPartySystemUrl", "REQUIRED_FOR_THIRD_PARTY");
        }
        if (c.rates().isEmpty()) {
            throw new InvalidInputException("rates", "NotEmpty");
        }
        var currency = c.returnFee().currency();
        if (c.rates().stream()
                .anyMatch(r -> !r.perKg().currency().equals(currency)
                        || !r.perParcel().currency().equals(currency))) {
            throw new InvalidInputException("rates", "CURRENCY_MIXED");
        }
        jdbc.sql("""
                        insert into logistics_channels (service_code, version, name_en, name_zh, kind, accepted_goods_types,
                          destination_countries, delivery_days, max_weight_grams, max_side_cm, max_sum_of_sides_cm,
                          waybill_prefix, tracking_pattern, return_fee_minor, currency, enabled, third_party_system_url)
                        values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (service_code) do update set version = logistics_channels.version + 1,
                          name_en = excluded.name_en, name_zh = excluded.name_zh, kind = excluded.kind,
                          accepted_goods_types = excluded.accepted_goods_types, destination_countries = excluded.destination_countries,
                          delivery_days = excluded.delivery_days, max_weight_grams = excluded.max_weight_grams,
                          max_side_cm = excluded.max_side_cm, max_sum_of_sides_cm = excluded.max_sum_of_sides_cm,
                          waybill_prefix = excluded.waybill_prefix, tracking_pattern = excluded.tracking_pattern,
                          return_fee_minor = excluded.return_fee_minor, currency = excluded.currency, enabled = excluded.enabled,
                          third_party_system_url = excluded.third_party_system_url""")
                .params(
                        c.serviceCode(),
                        c.nameEn(),
                        c.nameZh(),
                        c.kind().name(),
                        c.acceptedGoodsTypes().stream().map(Enum::name).collect(Collectors.joining(",")),
                        String.join(",", c.destinationCountries()),
                        c.deliveryDays(),
                        c.maxWeightGrams(),
                        c.maxSideCm(),
                        c.maxSumOfSidesCm(),
                        c.waybillPrefix(),
                        c.trackingPattern(),
                        c.returnFee().minorUnits(),
                        currency.getCurrencyCode(),
                        c.enabled(),
                        c.kind() == Channel.Kind.THIRD_PARTY ? c.thirdPartySystemUrl() : null)
                .update();
        jdbc.sql("delete from channel_rates where service_code = ?")
                .param(c.serviceCode())
                .update();
        for (var r : c.rates()) {
            jdbc.sql("""
                            insert into channel_rates (service_code, zone, countries, per_kg_minor, per_parcel_minor, rounding_grams, volumetric_divisor)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            c.serviceCode(),
                            r.zone(),
                            String.join(",", r.countries()),
                            r.perKg().minorUnits(),
                            r.perParcel().minorUnits(),
                            r.roundingGrams(),
                            r.volumetricDivisor())
                    .update();
        }
        return services.channel(c.serviceCode()).orElseThrow();
    }

    @Transactional
    public TransitWarehouse saveTransitWarehouse(CurrentAccount admin, TransitWarehouse w) {
        admin.requireStaff(StaffRole.ADMIN);
        return storeTransitWarehouse(w);
    }

    @Transactional
    public TransitWarehouse storeTransitWarehouse(TransitWarehouse w) {
        if (w.postalPrefixes().stream().anyMatch(p -> !p.matches("[0-9]{1,6}"))) {
            throw new InvalidInputException("postalPrefixes", "INVALID_VALUE");
        }
        jdbc.sql("""
                        insert into transit_warehouses (code, name, sort_code, address, postal_prefixes, contact_person, phone,
                          opening_hours) values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (code) do update set name = excluded.name, sort_code = excluded.sort_code,
                          address = excluded.address, postal_prefixes = excluded.postal_prefixes,
                          contact_person = excluded.contact_person, phone = excluded.phone,
                          opening_hours = excluded.opening_hours""")
                .params(
                        w.code(),
                        w.name(),
                        w.sortCode(),
                        w.address(),
                        String.join(",", w.postalPrefixes()),
                        w.contactPerson(),
                        w.phone(),
                        w.openingHours())
                .update();
        return w;
    }

    @Transactional(readOnly = true)
    public boolean empty() {
        return services.channels().isEmpty();
    }
}
