package io.sellercenter.accounts.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.internal.AccountManagement;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.groups.Default;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The main account's sub-account pages (R-S8). */
@Controller
@RequestMapping("/seller/sub-accounts")
class SubAccountPages {

    private final AccountManagement accounts;

    SubAccountPages(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allPermissions")
    Permission[] allPermissions() {
        return Permission.values();
    }

    @GetMapping
    String list(CurrentAccount me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", accounts.subAccounts(me, new PageRequest(Math.max(0, page), 50)));
        return "seller/sub-accounts";
    }

    @GetMapping("/new")
    String initCreationForm(CurrentAccount me, @ModelAttribute("form") SubAccountForm form, Model model) {
        me.requireMain();
        model.addAttribute("editing", false);
        return "seller/sub-account-form";
    }

    @PostMapping
    String processCreationForm(
            CurrentAccount me,
            @Validated({SubAccountForm.Creating.class, Default.class}) @ModelAttribute("form") SubAccountForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                accounts.createSubAccount(
                        me, form.getEmail(), form.getPassword(), form.getDisplayName(), form.getPermissions());
                return "redirect:/seller/sub-accounts?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, e, "email");
            }
        }
        model.addAttribute("editing", false);
        return "seller/sub-account-form";
    }

    @GetMapping("/{id}")
    String initUpdateForm(CurrentAccount me, @PathVariable long id, Model model) {
        var account = accounts.subAccount(me, id);
        var form = new SubAccountForm();
        form.setEmail(account.email());
        form.setDisplayName(account.displayName());
        form.setPermissions(account.permissions());
        model.addAttribute("form", form);
        model.addAttribute("editing", true);
        model.addAttribute("accountId", id);
        return "seller/sub-account-form";
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            CurrentAccount me,
            @PathVariable long id,
            @Validated @ModelAttribute("form") SubAccountForm form,
            BindingResult result,
            Model model) {
        var account = accounts.subAccount(me, id);
        if (!result.hasErrors()) {
            accounts.changeSubAccount(me, id, form.getPermissions(), null, form.getDisplayName());
            return "redirect:/seller/sub-accounts?saved";
        }
        form.setEmail(account.email());
        model.addAttribute("editing", true);
        model.addAttribute("accountId", id);
        return "seller/sub-account-form";
    }

    @PostMapping("/{id}/enabled")
    String changeEnabled(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam boolean enabled,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var account = accounts.changeSubAccount(me, id, null, enabled, null);
        if (htmx == null) {
            return "redirect:/seller/sub-accounts?saved";
        }
        model.addAttribute("account", account);
        return "seller/sub-account-row :: row(account=${account})";
    }
}
