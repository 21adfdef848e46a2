package io.sellercenter.warehouses;

import java.util.List;

/** The countries sellers may ship from with overseas-warehouse permission (R-W1). */
public final class ShipFromCountries {

    public static final List<String> SUPPORTED = List.of("US", "GB", "DE", "ES", "FR", "IT", "RU", "AU", "ID");

    private ShipFromCountries() {}

    public static boolean supported(String country) {
        return SUPPORTED.contains(country);
    }
}
