package io.sellercenter.billing.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Set;
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
                    "The movements on the deduction account (holds, releases, freight charges, return fees, compensation), newest first; kind, from and to filter them")
    Page<FreightAccounts.Movement> ledger(
            CurrentAccount me,
            @RequestParam(required = false) Set<FreightAccounts.Movement.Kind> kind,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return accounts.ledger(me, new FreightAccounts.LedgerFilter(kind, from, to), new PageRequest(page, size));
    }

    @GetMapping
    @Operation(summary = "Whether the deduction account is bound, what is held on it, the latest charges and credits")
    FreightAccounts.Account get(CurrentAccount me) {
        return accounts.get(me);
    }
}
