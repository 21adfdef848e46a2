package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.warehouses.internal.Inventory;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Warehouses with their stock. */
@Controller
@RequestMapping("/seller")
class WarehousePages {

    private final WarehouseManagement management;
    private final Inventory inventory;

    WarehousePages(WarehouseManagement management, Inventory inventory) {
        this.management = management;
        this.inventory = inventory;
    }

    @GetMapping("/warehouses")
    String initWarehouseForm(CurrentAccount me, Model model) {
        model.addAttribute("form", new WarehouseForm());
        return warehousesPage(me, model);
    }

    @PostMapping("/warehouses")
    String processWarehouseForm(
            CurrentAccount me, @Valid @ModelAttribute("form") WarehouseForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                management.create(
                        me,
                        new WarehouseManagement.NewWarehouse(
                                form.getName(),
                                form.getKind(),
                                form.getCountry(),
                                form.getAddress(),
                                form.getProviderName(),
                                form.getCustomerCode()));
                return "redirect:/seller/warehouses?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        return warehousesPage(me, model);
    }

    private String warehousesPage(CurrentAccount me, Model model) {
        model.addAttribute("warehouses", management.list(me));
        model.addAttribute("stock", inventory.list(me, null));
        return "seller/warehouses";
    }
}
