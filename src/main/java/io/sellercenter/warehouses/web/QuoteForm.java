package io.sellercenter.warehouses.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an overseas fee quote (R-W8) is asked for, from the fees page and the API alike. */
record QuoteForm(
        @NotNull @Positive Long warehouseId,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull StockItem> items,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String destination,
        @NotNull @Pattern(regexp = "SEA|AIR") String firstLegMode,
        @NotNull @PositiveOrZero @Max(3650) Integer storageDays) {}
