package io.sellercenter.shipping;

import java.util.List;

/** A transit warehouse: parcels are picked up within its collection range (postal-code prefixes) or sent to it (R-H6). */
public record TransitWarehouse(String code, String name, String sortCode, String address, List<String> postalPrefixes) {

    public boolean collects(String postalCode) {
        return postalCode != null && postalPrefixes.stream().anyMatch(postalCode::startsWith);
    }
}
