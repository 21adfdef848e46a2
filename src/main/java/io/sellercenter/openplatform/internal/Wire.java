package io.sellercenter.openplatform.internal;

import io.sellercenter.shared.Money;
import io.sellercenter.shared.PostalAddress;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The platform's wire forms: times in US Pacific time, money as {@code amount} and {@code currency_code}, lists in an object keyed by the item type. */
final class Wire {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Wire() {}

    static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(PACIFIC));
    }

    /** A Pacific time as the order list's date filters take it; {@code InvalidParameter} otherwise. */
    static Instant time(String name, String value) {
        try {
            return LocalDateTime.parse(value, TIME).atZone(PACIFIC).toInstant();
        } catch (DateTimeParseException e) {
            throw GatewayException.isv("InvalidParameter", name);
        }
    }

    static Map<String, Object> money(Money money) {
        return money == null
                ? null
                : GatewayCall.fields(
                        "amount",
                        money.amount().toPlainString(),
                        "currency_code",
                        money.currency().getCurrencyCode());
    }

    static Map<String, Object> address(PostalAddress a) {
        return a == null
                ? null
                : GatewayCall.fields(
                        "contact_person", a.contactPerson(),
                        "mobile_no", a.mobileNo(),
                        "country", a.country(),
                        "province", a.province(),
                        "city", a.city(),
                        "detail_address", a.address(),
                        "address", a.address(),
                        "zip", a.zip());
    }

    static Map<String, Object> list(String itemType, List<?> items) {
        return GatewayCall.fields(itemType, items);
    }
}
