package io.sellercenter.products.web;

import io.sellercenter.products.internal.ShipFromLocations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where the SKUs ship from, per country a warehouse, from the product page and the API alike. */
record ShipFromForm(@NotNull @Size(max = 20) List<@Valid @NotNull LocationForm> locations) {

    record LocationForm(
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
            @NotNull @Positive Long warehouseId,
            @Size(max = 100) List<@NotBlank @Size(max = 64) String> skuCodes) {}

    /** Every location; one without SKU codes covers every SKU. */
    List<ShipFromLocations.Location> all() {
        return locations.stream()
                .map(l -> new ShipFromLocations.Location(l.country(), l.warehouseId(), l.skuCodes()))
                .toList();
    }

    /** The page's reading: a warehouse with no SKU ticked ships none. */
    List<ShipFromLocations.Location> ticked() {
        return locations.stream()
                .filter(l -> l.skuCodes() != null && !l.skuCodes().isEmpty())
                .map(l -> new ShipFromLocations.Location(l.country(), l.warehouseId(), l.skuCodes()))
                .toList();
    }
}
