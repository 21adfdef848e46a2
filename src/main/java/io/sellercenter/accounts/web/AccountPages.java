package io.sellercenter.accounts.web;

import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.internal.AccountManagement;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Login, registration, and the start page of each kind of account. */
@Controller
class AccountPages {

    private final AccountManagement accounts;

    AccountPages(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/register")
    String initRegistrationForm(@ModelAttribute("form") RegistrationForm form) {
        return "register";
    }

    @PostMapping("/register")
    String processRegistrationForm(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result) {
        if (!result.hasErrors()) {
            try {
                accounts.registerSeller(form.getEmail(), form.getPassword(), form.getDisplayName());
                return "redirect:/login?registered";
            } catch (DomainException e) {
                FormErrors.reject(result, e, "email");
            }
        }
        return "register";
    }

    @GetMapping("/")
    String home(CurrentAccount me) {
        if (me.isSeller()) {
            return "redirect:/seller";
        }
        return me.kind() == AccountKind.STAFF ? "redirect:/staff" : "buyer";
    }

    @GetMapping("/seller")
    String sellerDashboard(CurrentAccount me, Model model) {
        model.addAttribute("permissions", me.permissions().stream().sorted().toList());
        return "seller/dashboard";
    }

    @GetMapping("/staff")
    String staffHome(CurrentAccount me) {
        me.requireStaff();
        return "staff/home";
    }
}
