package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.warehouses.internal.FeeSchedule;
import io.sellercenter.warehouses.internal.OverseasFees;
import io.sellercenter.warehouses.internal.StorageStatements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Overseas warehouse fees (R-W8): the schedule, a quote, the month's storage statement. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warehouses")
class OverseasFeeApi {

    private final OverseasFees fees;
    private final StorageStatements statements;

    OverseasFeeApi(OverseasFees fees, StorageStatements statements) {
        this.fees = fees;
        this.statements = statements;
    }

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
}
