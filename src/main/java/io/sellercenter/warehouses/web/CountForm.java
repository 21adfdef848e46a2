package io.sellercenter.warehouses.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The counted stock of a SKU in a domestic warehouse, from the stock page and the API alike. */
record CountForm(
        @NotNull @Positive Long warehouseId,
        @NotBlank @Size(max = 64) String skuCode,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer available) {}
