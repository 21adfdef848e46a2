package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.warehouses.internal.Inventory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stock per warehouse and SKU, and the first-leg (inbound) shipments that fill overseas warehouses. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warehouses")
class InventoryApi {

    private final Inventory inventory;

    InventoryApi(Inventory inventory) {
        this.inventory = inventory;
    }

    record ReceiveForm(@Size(max = 500) List<@Valid @NotNull StockItem> items) {}

    record StockLine(long warehouseId, String skuCode, int available, int inTransit, int reserved) {}

    @GetMapping("/inventory")
    @Operation(summary = "Stock per warehouse and SKU: available and in transit")
    Map<String, Object> inventory(
            CurrentAccount me,
            @RequestParam(required = false) @Positive Long warehouseId,
            @RequestParam(required = false) @Parameter(description = "part of a SKU code") @Size(max = 64)
                    String skuCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "200") int size) {
        var stock = inventory.list(me, warehouseId, skuCode, new PageRequest(page, size));
        var items = stock.items().stream()
                .map(s -> new StockLine(s.warehouseId(), s.skuCode(), s.available(), s.inTransit(), s.reserved()))
                .toList();
        return Map.of("items", items, "page", stock.page(), "size", stock.size(), "total", stock.total());
    }

    @PutMapping("/inventory")
    @Operation(summary = "Set the counted stock of a domestic (CN) warehouse")
    StockLine count(CurrentAccount me, @Valid @RequestBody CountForm form) {
        var s = inventory.count(me, form.warehouseId(), form.skuCode(), form.available());
        return new StockLine(s.warehouseId(), s.skuCode(), s.available(), s.inTransit(), s.reserved());
    }

    @PostMapping("/inbound-shipments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A first-leg shipment to a warehouse: its quantities become in-transit stock")
    Inventory.InboundShipment ship(CurrentAccount me, @Valid @RequestBody InboundForm form) {
        return inventory.ship(
                me,
                form.warehouseId(),
                form.modeOrSea(),
                form.firstLegTrackingNo(),
                StockItem.quantities(form.items()));
    }

    @PostMapping("/inbound-shipments/{id}/receive")
    @Operation(
            summary =
                    "Receive (part of) an inbound shipment: in transit becomes available; without items, everything still in transit")
    Inventory.InboundShipment receive(
            CurrentAccount me, @PathVariable long id, @Valid @RequestBody(required = false) ReceiveForm form) {
        return form == null || form.items() == null || form.items().isEmpty()
                ? inventory.receiveRest(me, id)
                : inventory.receive(me, id, StockItem.quantities(form.items()));
    }

    @GetMapping("/inbound-shipments/{id}")
    @Operation(summary = "One inbound shipment with what was received")
    Inventory.InboundShipment shipment(CurrentAccount me, @PathVariable long id) {
        return inventory.shipment(me.requireSeller().value(), id);
    }
}
