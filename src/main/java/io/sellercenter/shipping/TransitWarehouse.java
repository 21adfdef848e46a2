package io.sellercenter.shipping;

import java.util.List;

/**
 * A transit warehouse: parcels are picked up within its collection range (postal-code prefixes) or sent to it (R-H6).
 * Its contact person, phone and opening hours, when given, are shown wherever pickup or drop-off is offered: sellers
 * talk to the warehouse in advance (seed 003).
 */
public record TransitWarehouse(
        String code,
        String name,
        String sortCode,
        String address,
        List<String> postalPrefixes,
        String contactPerson,
        String phone,
        String openingHours) {

    public boolean collects(String postalCode) {
        return postalCode != null && postalPrefixes.stream().anyMatch(postalCode::startsWith);
    }
}
