package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.warehouses.ShipFromCountries;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import jakarta.validation.Valid;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
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

    WarehousePages(WarehouseManagement management) {
        this.management = management;
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
        // China (domestic warehouses) and the nine ship-from countries first, then every other by name
        var first = new ArrayList<String>(List.of("CN"));
        first.addAll(ShipFromCountries.SUPPORTED);
        model.addAttribute("supported", first);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "otherCountries",
                Arrays.stream(Locale.getISOCountries())
                        .filter(c -> !first.contains(c))
                        .sorted(Comparator.comparing(
                                c -> Locale.of("", c).getDisplayCountry(locale), Collator.getInstance(locale)))
                        .toList());
        return "seller/warehouses";
    }
}
