package io.sellercenter.accounts.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.accounts.internal.AccountManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountApi {

    private final AccountManagement accounts;

    AccountApi(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record Registration(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 72) String password,
            @NotBlank @Size(max = 100) String displayName) {}

    record SellerRegistered(long sellerId, long accountId) {}

    record BuyerRegistered(long buyerId, long accountId) {}

    record Me(
            long accountId,
            Long sellerId,
            Long buyerId,
            String email,
            String displayName,
            String kind,
            Set<StaffRole> roles,
            Set<Permission> permissions) {}

    @PostMapping("/sellers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a seller and its main account")
    SellerRegistered registerSeller(@Valid @RequestBody Registration form) {
        var registered = accounts.registerSeller(form.email(), form.password(), form.displayName());
        return new SellerRegistered(registered.sellerOrBuyerId(), registered.accountId());
    }

    @PostMapping("/buyers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a buyer")
    BuyerRegistered registerBuyer(@Valid @RequestBody Registration form) {
        var registered = accounts.registerBuyer(form.email(), form.password(), form.displayName());
        return new BuyerRegistered(registered.sellerOrBuyerId(), registered.accountId());
    }

    @GetMapping("/me")
    @Operation(summary = "The logged-in account")
    Me me(CurrentAccount me) {
        return new Me(
                me.id().value(),
                me.sellerId() == null ? null : me.sellerId().value(),
                me.buyerId(),
                me.email(),
                me.displayName(),
                me.kind().name(),
                me.roles(),
                me.permissions());
    }
}
