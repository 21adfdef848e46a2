package io.sellercenter.accounts.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.internal.Account;
import io.sellercenter.accounts.internal.AccountManagement;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sub-accounts")
@Tag(name = "Accounts")
class SubAccountApi {

    private final AccountManagement accounts;

    SubAccountApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record NewSubAccount(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 72) String password,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull Set<@NotNull Permission> permissions) {}

    record SubAccountChange(
            Set<@NotNull Permission> permissions,
            Boolean enabled,
            @Size(min = 1, max = 100) String displayName) {}

    record SubAccount(
            long accountId,
            String email,
            String displayName,
            Set<Permission> permissions,
            boolean enabled,
            Instant createdAt) {

        static SubAccount of(Account a) {
            return new SubAccount(a.id(), a.email(), a.displayName(), a.permissions(), a.enabled(), a.createdAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a sub-account with permission groups (main account only, R-S8)")
    SubAccount create(CurrentAccount me, @Valid @RequestBody NewSubAccount form) {
        return SubAccount.of(
                accounts.createSubAccount(me, form.email(), form.password(), form.displayName(), form.permissions()));
    }

    @GetMapping
    @Operation(summary = "The seller's sub-accounts (main account only)")
    Page<SubAccount> list(
            CurrentAccount me,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return accounts.subAccounts(me, new PageRequest(page, size)).map(SubAccount::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One sub-account (main account only)")
    SubAccount get(CurrentAccount me, @PathVariable long id) {
        return SubAccount.of(accounts.subAccount(me, id));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a sub-account's permissions, name, or enable/disable it (main account only)")
    SubAccount change(CurrentAccount me, @PathVariable long id, @Valid @RequestBody SubAccountChange change) {
        return SubAccount.of(
                accounts.changeSubAccount(me, id, change.permissions(), change.enabled(), change.displayName()));
    }
}
