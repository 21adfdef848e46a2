package io.sellercenter.warehouses.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A quantity of one SKU, in an inbound shipment, a receipt or a fee quote. */
record StockItem(
        @NotBlank @Size(max = 64) String skuCode,
        @NotNull @Positive @Max(1_000_000) Integer quantity) {

    /** The quantities by SKU code; a SKU named twice counts once with both quantities. */
    static Map<String, Integer> quantities(List<StockItem> items) {
        var quantities = new LinkedHashMap<String, Integer>();
        items.forEach(i -> quantities.merge(i.skuCode(), i.quantity(), Integer::sum));
        return quantities;
    }
}
