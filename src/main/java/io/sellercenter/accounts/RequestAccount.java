package io.sellercenter.accounts;

import io.sellercenter.accounts.internal.CurrentAccounts;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The account logged in for a request, if any, for page parts of other modules (loaded once per request). */
@Component
public class RequestAccount {

    private final CurrentAccounts accounts;

    RequestAccount(CurrentAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentAccount> of(HttpServletRequest request) {
        return accounts.of(request);
    }
}
