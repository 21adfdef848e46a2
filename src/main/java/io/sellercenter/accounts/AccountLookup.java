package io.sellercenter.accounts;

import io.sellercenter.accounts.internal.AccountManagement;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Finds an account as {@link CurrentAccount}, for work done on an account's behalf (demo data, an open-platform app
 * acting with a seller's token); a disabled account is not found.
 */
@Service
public class AccountLookup {

    private final AccountManagement accounts;

    AccountLookup(AccountManagement accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentAccount> byEmail(String email) {
        return accounts.currentByEmail(email);
    }

    public Optional<CurrentAccount> byId(AccountId id) {
        return accounts.current(id.value());
    }
}
