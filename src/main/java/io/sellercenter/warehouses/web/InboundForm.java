package io.sellercenter.warehouses.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A first-leg shipment to a warehouse, from the inbound page and the API alike. */
record InboundForm(
        @NotNull @Positive Long warehouseId,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull StockItem> items,
        @NotBlank @Size(max = 64) String firstLegTrackingNo,
        @Pattern(regexp = "SEA|AIR") String mode) {

    public String modeOrSea() {
        return mode == null || mode.isBlank() ? "SEA" : mode;
    }
}
