package io.sellercenter.accounts;

import io.sellercenter.accounts.internal.AccountManagement;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Finds an account as {@link CurrentAccount}, for work done on an account's behalf (demo data). */
@Service
public class AccountLookup {

    private final AccountManagement accounts;

    AccountLookup(AccountManagement accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentAccount> byEmail(String email) {
        return accounts.currentByEmail(email);
    }
}
