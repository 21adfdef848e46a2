package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.PrecheckMessages;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.Warehouses;
import io.sellercenter.warehouses.internal.FeeSchedule;
import io.sellercenter.warehouses.internal.Inventory;
import io.sellercenter.warehouses.internal.Materials;
import io.sellercenter.warehouses.internal.OverseasFees;
import io.sellercenter.warehouses.internal.OverseasPermission;
import io.sellercenter.warehouses.internal.StorageStatements;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warehouses")
class WarehouseApi {

    private final WarehouseManagement management;
    private final Inventory inventory;
    private final OverseasPermission permission;
    private final OverseasFees fees;
    private final StorageStatements statements;
    private final Warehouses warehouses;
    private final PrecheckMessages prechecks;

    WarehouseApi(
            WarehouseManagement management,
            Inventory inventory,
            OverseasPermission permission,
            OverseasFees fees,
            StorageStatements statements,
            Warehouses warehouses,
            PrecheckMessages prechecks) {
        this.management = management;
        this.inventory = inventory;
        this.permission = permission;
        this.fees = fees;
        this.statements = statements;
        this.warehouses = warehouses;
        this.prechecks = prechecks;
    }

    // ---- warehouses

    record Provider(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 60) String customerCode) {}

    record WarehouseForm(
            @NotBlank @Size(max = 100) String name,
            @NotNull Warehouse.Kind kind,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
            @NotBlank @Size(max = 500) String address,
            @Valid Provider provider) {}

    @PostMapping("/warehouses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add a warehouse: self-built or third-party (provider name and customer code), domestic (CN) or overseas")
    Warehouse create(CurrentAccount me, @Valid @RequestBody WarehouseForm form) {
        return management.create(
                me,
                new WarehouseManagement.NewWarehouse(
                        form.name(),
                        form.kind(),
                        form.country(),
                        form.address(),
                        form.provider() == null ? null : form.provider().name(),
                        form.provider() == null ? null : form.provider().customerCode()));
    }

    @GetMapping("/warehouses")
    @Operation(summary = "The seller's warehouses")
    List<Warehouse> list(CurrentAccount me) {
        return management.list(me);
    }

    @GetMapping("/warehouses/{id}")
    @Operation(summary = "One warehouse")
    Warehouse get(CurrentAccount me, @PathVariable long id) {
        return management.get(me, id);
    }

    // ---- inventory and inbound shipments

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

    // ---- overseas-warehouse permission

    record MaterialsForm(
            @Size(max = 100) String providerName,
            @Size(max = 60) String customerCode,
            @Positive Long contractPhotoDocumentId,
            @Size(max = 10) List<@NotNull @Positive Long> systemScreenshotDocumentIds,
            @Size(max = 500) String warehouseAddress,
            @Size(max = 10) List<@NotNull @Positive Long> firstLegProofDocumentIds,
            @Positive Long customsTaxCertificateDocumentId,
            @Positive Long storeIdPhotoDocumentId) {

        Materials materials() {
            return new Materials(
                    providerName,
                    customerCode,
                    contractPhotoDocumentId,
                    systemScreenshotDocumentIds,
                    warehouseAddress,
                    firstLegProofDocumentIds,
                    customsTaxCertificateDocumentId,
                    storeIdPhotoDocumentId);
        }
    }

    record ApplicationForm(
            @NotNull @Positive Long warehouseId,
            @NotEmpty @Size(max = 9) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}") String> countries,
            @NotNull @Valid MaterialsForm materials) {}

    record ApplicationView(
            long applicationId,
            String status,
            long warehouseId,
            List<String> countries,
            Materials materials,
            List<PrecheckMessages.Result> precheck,
            Long reviewId,
            List<PrecheckMessages.Reason> reasons,
            String reviewComment,
            Instant createdAt) {}

    @PostMapping("/overseas-warehouse-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Prepare an overseas-warehouse application (main account or WAREHOUSES sub-account); the prechecks show what review would reject")
    ApplicationView apply(CurrentAccount me, @Valid @RequestBody ApplicationForm form) {
        return view(permission.draft(
                me, form.warehouseId(), form.countries(), form.materials().materials()));
    }

    @PutMapping("/overseas-warehouse-applications/{id}")
    @Operation(summary = "Change a draft or rejected application; the prechecks run again")
    ApplicationView change(CurrentAccount me, @PathVariable long id, @Valid @RequestBody ApplicationForm form) {
        return view(permission.change(
                me, id, form.warehouseId(), form.countries(), form.materials().materials()));
    }

    @DeleteMapping("/overseas-warehouse-applications/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Throw a draft away; 409 APPLICATION_NOT_DRAFT once it has gone to review")
    void discard(CurrentAccount me, @PathVariable long id) {
        permission.discard(me, id);
    }

    @GetMapping("/overseas-warehouse-applications")
    @Operation(summary = "The seller's applications")
    List<ApplicationView> applications(CurrentAccount me) {
        return permission.list(me).stream().map(this::view).toList();
    }

    @GetMapping("/overseas-warehouse-applications/{id}")
    @Operation(summary = "One application with its prechecks and the reviewer's reasons")
    ApplicationView application(CurrentAccount me, @PathVariable long id) {
        return view(permission.get(me, id));
    }

    @PostMapping("/overseas-warehouse-applications/{id}/submit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send to review; 422 PRECHECK_FAILED while a precheck fails")
    ApplicationView submit(CurrentAccount me, @PathVariable long id) {
        return view(permission.submit(me, id));
    }

    @GetMapping("/overseas-permission")
    @Operation(
            summary =
                    "The countries the seller may ship from (R-W2), shared by the main account and all sub-accounts (R-W4)")
    Map<String, Object> overseasPermission(CurrentAccount me) {
        return Map.of(
                "countries", warehouses.permittedCountries(me.requireSeller().value()));
    }

    // ---- fees

    @PutMapping("/warehouses/{id}/fee-schedule")
    @Operation(summary = "Set the warehouse's overseas fee schedule (R-W8)")
    FeeSchedule setFees(CurrentAccount me, @PathVariable long id, @Valid @RequestBody @NotNull FeeSchedule schedule) {
        return fees.set(me, id, schedule);
    }

    @GetMapping("/warehouses/{id}/fee-schedule")
    @Operation(summary = "The warehouse's fee schedule")
    FeeSchedule fees(CurrentAccount me, @PathVariable long id) {
        return fees.get(me, id);
    }

    @PostMapping("/overseas-fees/quote")
    @Operation(summary = "Itemised overseas costs: first leg, storage, handling, last mile, tariff (R-W8)")
    OverseasFees.Quote quote(CurrentAccount me, @Valid @RequestBody QuoteForm form) {
        return fees.quote(
                me,
                form.warehouseId(),
                StockItem.quantities(form.items()),
                form.destination(),
                form.firstLegMode(),
                form.storageDays());
    }

    @GetMapping("/warehouses/{id}/storage-statement")
    @Operation(summary = "The month's storage bill from actual stock-days (month as YYYY-MM)")
    StorageStatements.Statement statement(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam @Parameter(schema = @Schema(type = "string", example = "2026-11")) YearMonth month) {
        return statements.statement(me, id, month);
    }

    private ApplicationView view(OverseasPermission.View view) {
        var a = view.application();
        return new ApplicationView(
                a.id(),
                a.status().name(),
                a.warehouseId(),
                a.countries(),
                view.materials(),
                prechecks.results(view.precheck()),
                a.reviewId(),
                prechecks.reasons(a.rejectionReasons()),
                a.reviewComment(),
                a.createdAt());
    }
}
