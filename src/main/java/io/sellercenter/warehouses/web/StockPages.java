package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shared.web.Problems;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.internal.Inventory;
import io.sellercenter.warehouses.internal.OverseasFees;
import io.sellercenter.warehouses.internal.StorageStatements;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stock in three tabs: what each warehouse holds (and the domestic count), the first-leg shipments to overseas
 * warehouses and their receipt, and the overseas fees: a quote and the month's storage statement (R-W8).
 */
@Controller
@RequestMapping("/seller/stock")
class StockPages {

    private static final int SKU_SUGGESTIONS = 1_000;

    private final Inventory inventory;
    private final WarehouseManagement warehouses;
    private final OverseasFees fees;
    private final StorageStatements statements;
    private final Problems problems;
    private final Clock clock;

    StockPages(
            Inventory inventory,
            WarehouseManagement warehouses,
            OverseasFees fees,
            StorageStatements statements,
            Problems problems,
            Clock clock) {
        this.inventory = inventory;
        this.warehouses = warehouses;
        this.fees = fees;
        this.statements = statements;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping
    String stock(
            CurrentAccount me,
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(required = false) String sku,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        me.requirePermission(Permission.WAREHOUSES);
        var domestic = warehouses.list(me).stream().filter(Warehouse::domestic).findFirst();
        model.addAttribute(
                "form",
                new CountForm(
                        warehouseId != null
                                ? warehouseId
                                : domestic.map(Warehouse::warehouseId).orElse(null),
                        null,
                        null));
        return stockPage(me, warehouseId, sku, page, model);
    }

    @PostMapping("/count")
    String count(
            CurrentAccount me,
            @Valid @ModelAttribute("form") CountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.saved(result, () -> inventory.count(me, form.warehouseId(), form.skuCode(), form.available()))) {
            redirect.addFlashAttribute("counted", form.skuCode());
            return "redirect:/seller/stock?warehouseId=" + form.warehouseId();
        }
        return stockPage(me, null, null, 0, model);
    }

    @GetMapping("/inbound")
    String inbound(
            CurrentAccount me,
            @RequestParam(required = false) Long warehouseId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        me.requirePermission(Permission.WAREHOUSES);
        model.addAttribute("form", new InboundForm(warehouseId, List.of(new StockItem(null, null)), null, "SEA"));
        return inboundPage(me, warehouseId, page, model);
    }

    @PostMapping("/inbound")
    String ship(
            CurrentAccount me,
            @Valid @ModelAttribute("form") InboundForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.saved(
                result,
                () -> inventory.ship(
                        me,
                        form.warehouseId(),
                        form.modeOrSea(),
                        form.firstLegTrackingNo(),
                        StockItem.quantities(form.items())))) {
            redirect.addFlashAttribute("shipped", form.firstLegTrackingNo());
            return "redirect:/seller/stock/inbound";
        }
        return inboundPage(me, null, 0, model);
    }

    /** Receives what is still in transit of the shipment; a refusal comes back above the list. */
    @PostMapping("/inbound/{id}/receive")
    String receive(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        inventory.shipment(me.requirePermission(Permission.WAREHOUSES).value(), id);
        try {
            inventory.receiveRest(me, id);
            redirect.addFlashAttribute("received", id);
        } catch (DomainException e) {
            redirect.addFlashAttribute("receiveError", problems.explain(e));
        }
        return "redirect:/seller/stock/inbound";
    }

    @GetMapping("/fees")
    String fees(
            CurrentAccount me,
            @RequestParam(required = false) Long statementWarehouseId,
            @RequestParam(required = false) YearMonth month,
            Model model) {
        me.requirePermission(Permission.WAREHOUSES);
        var first = warehouses.list(me).stream().filter(w -> !w.domestic()).findFirst();
        model.addAttribute(
                "form",
                new QuoteForm(
                        first.map(Warehouse::warehouseId).orElse(null),
                        List.of(new StockItem(null, null)),
                        first.map(Warehouse::country).orElse(null),
                        "SEA",
                        30));
        if (statementWarehouseId != null) {
            var chosen = month == null ? YearMonth.now(clock) : month;
            try {
                model.addAttribute("statement", statements.statement(me, statementWarehouseId, chosen));
            } catch (DomainException e) {
                model.addAttribute("statementError", problems.explain(e));
            }
        }
        return feesPage(me, statementWarehouseId, month, model);
    }

    @PostMapping("/fees")
    String quote(CurrentAccount me, @Valid @ModelAttribute("form") QuoteForm form, BindingResult result, Model model) {
        FormErrors.saved(
                result,
                () -> model.addAttribute(
                        "quote",
                        fees.quote(
                                me,
                                form.warehouseId(),
                                StockItem.quantities(form.items()),
                                form.destination(),
                                form.firstLegMode(),
                                form.storageDays())));
        return feesPage(me, null, null, model);
    }

    private String stockPage(CurrentAccount me, Long warehouseId, String sku, int page, Model model) {
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("sku", sku);
        model.addAttribute("stock", inventory.list(me, warehouseId, sku, new PageRequest(Math.max(0, page), 50)));
        return withChoices(me, model, "seller/stock");
    }

    private String inboundPage(CurrentAccount me, Long warehouseId, int page, Model model) {
        model.addAttribute("warehouseId", warehouseId);
        model.addAttribute("shipments", inventory.shipments(me, warehouseId, new PageRequest(Math.max(0, page), 20)));
        return withChoices(me, model, "seller/inbound");
    }

    private String feesPage(CurrentAccount me, Long statementWarehouseId, YearMonth month, Model model) {
        model.addAttribute("statementWarehouseId", statementWarehouseId);
        model.addAttribute("month", month == null ? YearMonth.now(clock) : month);
        return withChoices(me, model, "seller/fees");
    }

    private String withChoices(CurrentAccount me, Model model, String view) {
        var all = warehouses.list(me);
        model.addAttribute("warehouses", all);
        model.addAttribute("overseas", all.stream().filter(w -> !w.domestic()).toList());
        model.addAttribute("domestic", all.stream().filter(Warehouse::domestic).toList());
        Map<Long, Warehouse> byId = all.stream().collect(Collectors.toMap(Warehouse::warehouseId, Function.identity()));
        model.addAttribute("byId", byId);
        model.addAttribute("skuCodes", inventory.skuCodes(me, SKU_SUGGESTIONS));
        return view;
    }
}
