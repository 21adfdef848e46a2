package io.sellercenter.orders.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Logistics services a shipping notice may name, with their tracking-number patterns (the
 * marketplace's {@code tracking_no_regex}); OTHER services need the actual carrier, and OTHER a
 * tracking website.
 */
public final class CarrierServices {

    public record Service(
            String serviceName, String displayName, Pattern trackingNo, boolean needsCarrier, boolean needsWebsite) {}

    private static final Pattern S10 = Pattern.compile("[A-Z]{2}[0-9]{9}[A-Z]{2}");

    public static final List<Service> ALL = List.of(
            new Service("CPAM", "China Post Registered Air Mail", S10, false, false),
            new Service("E_PACKET", "ePacket", S10, false, false),
            new Service("EMS", "EMS", S10, false, false),
            new Service("UPS", "UPS", Pattern.compile("1Z[0-9A-Z]{16}"), false, false),
            new Service("DHL", "DHL Express", Pattern.compile("[0-9]{10}"), false, false),
            new Service("FEDEX", "FedEx", Pattern.compile("[0-9]{12}|[0-9]{15}"), false, false),
            new Service("USPS", "USPS", Pattern.compile("9[0-9]{21}|[A-Z]{2}[0-9]{9}US"), false, false),
            new Service("SF_EXPRESS", "SF Express", Pattern.compile("SF[0-9]{12,13}"), false, false),
            new Service("OTHER_US", "Other carrier, United States", null, true, false),
            new Service("OTHER_UK", "Other carrier, United Kingdom", null, true, false),
            new Service("OTHER_DE", "Other carrier, Germany", null, true, false),
            new Service("OTHER_ES", "Other carrier, Spain", null, true, false),
            new Service("OTHER_FR", "Other carrier, France", null, true, false),
            new Service("OTHER_IT", "Other carrier, Italy", null, true, false),
            new Service("OTHER_RU", "Other carrier, Russia", null, true, false),
            new Service("OTHER_AU", "Other carrier, Australia", null, true, false),
            new Service("OTHER_ID", "Other carrier, Indonesia", null, true, false),
            new Service("OTHER", "Other carrier", null, true, true));

    private CarrierServices() {}

    public static Optional<Service> find(String serviceName) {
        return ALL.stream().filter(s -> s.serviceName().equals(serviceName)).findFirst();
    }
}
