package io.sellercenter.billing.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/freight-account")
@Tag(name = "Shipping")
class FreightAccountApi {

    private final FreightAccounts accounts;

    FreightAccountApi(FreightAccounts accounts) {
        this.accounts = accounts;
    }

    record BindForm(
            @NotNull ProviderCode provider,
            @NotBlank @Size(max = 100) String accountNo,
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{8,40}") String agreementNo) {}

    @PutMapping
    @Operation(
            summary =
                    "Bind the International Alipay withholding agreement that pays online freight (R-H2; main account or FINANCE)")
    FreightAccounts.Account bind(CurrentAccount me, @Valid @RequestBody BindForm form) {
        return accounts.bind(me, form.provider(), form.accountNo(), form.agreementNo());
    }

    @DeleteMapping
    @Operation(summary = "Unbind the deduction account; online shipping is refused until it is bound again")
    FreightAccounts.Account unbind(CurrentAccount me) {
        return accounts.unbind(me);
    }

    @GetMapping("/ledger")
    @Operation(
            summary =
                    "Every movement on the deduction account (holds, releases, freight charges, return fees, compensation), newest first")
    Page<FreightAccounts.Movement> ledger(
            CurrentAccount me,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return accounts.ledger(me, new PageRequest(page, size));
    }

    @GetMapping
    @Operation(summary = "Whether the deduction account is bound, what is held on it, the latest charges and credits")
    FreightAccounts.Account get(CurrentAccount me) {
        return accounts.get(me);
    }
}
