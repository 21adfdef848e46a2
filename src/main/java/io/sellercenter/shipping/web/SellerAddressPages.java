package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shipping.SellerAddresses;
import jakarta.validation.Valid;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The address book page: sender, pickup and refund addresses, a default of each that prefills logistics orders. */
@Controller
@RequestMapping("/seller/addresses")
class SellerAddressPages {

    private final SellerAddresses addresses;

    SellerAddressPages(SellerAddresses addresses) {
        this.addresses = addresses;
    }

    @GetMapping
    String list(CurrentAccount me, @RequestParam(required = false) SellerAddresses.Type type, Model model) {
        model.addAttribute("form", AddressForm.empty(type));
        return page(me, null, model);
    }

    @PostMapping
    String add(CurrentAccount me, @Valid @ModelAttribute("form") AddressForm form, BindingResult result, Model model) {
        if (FormErrors.saved(result, () -> addresses.add(me, form.details()))) {
            return "redirect:/seller/addresses?saved";
        }
        return page(me, null, model);
    }

    @GetMapping("/{id}")
    String edit(CurrentAccount me, @PathVariable long id, Model model) {
        model.addAttribute("form", AddressForm.of(addresses.get(me, id)));
        return page(me, id, model);
    }

    @PostMapping("/{id}")
    String change(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") AddressForm form,
            BindingResult result,
            Model model) {
        addresses.get(me, id);
        if (FormErrors.saved(result, () -> addresses.change(me, id, form.details()))) {
            return "redirect:/seller/addresses?saved";
        }
        return page(me, id, model);
    }

    @PostMapping("/{id}/default")
    String makeDefault(CurrentAccount me, @PathVariable long id) {
        addresses.makeDefault(me, id);
        return "redirect:/seller/addresses?saved";
    }

    @PostMapping("/{id}/delete")
    String delete(CurrentAccount me, @PathVariable long id) {
        addresses.delete(me, id);
        return "redirect:/seller/addresses?deleted";
    }

    private String page(CurrentAccount me, Long editing, Model model) {
        model.addAttribute("addresses", addresses.list(me, null));
        model.addAttribute("types", SellerAddresses.Type.values());
        model.addAttribute("editing", editing);
        var locale = LocaleContextHolder.getLocale();
        var byName = Comparator.comparing(
                (String c) -> Locale.of("", c).getDisplayCountry(locale), Collator.getInstance(locale));
        model.addAttribute(
                "countries",
                Stream.concat(
                                Stream.of("CN"),
                                Arrays.stream(Locale.getISOCountries())
                                        .filter(c -> !c.equals("CN"))
                                        .sorted(byName))
                        .toList());
        return "seller/addresses";
    }
}
