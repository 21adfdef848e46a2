package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.sellers.internal.MajorCategories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Finance: the major category's deposit and every payment made for it (R-S5). */
@Controller
class DepositPages {

    private final MajorCategories majorCategories;

    DepositPages(MajorCategories majorCategories) {
        this.majorCategories = majorCategories;
    }

    @GetMapping("/seller/deposits")
    String deposits(CurrentAccount me, Model model) {
        model.addAttribute("deposit", majorCategories.deposit(me).orElse(null));
        model.addAttribute("providers", ProviderCode.values());
        return "seller/deposits";
    }
}
