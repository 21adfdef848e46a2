package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.CurrentAccount;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in account of a request, loaded once per request so that changes apply at once. */
@Component
public class CurrentAccounts {

    private static final String ATTRIBUTE = CurrentAccounts.class.getName();

    private final AccountManagement accounts;

    CurrentAccounts(AccountManagement accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentAccount> of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof CurrentAccount cached) {
            return Optional.of(cached);
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        var account = accounts.current(principal.accountId());
        account.ifPresent(a -> remember(request, a));
        return account;
    }

    static void remember(HttpServletRequest request, CurrentAccount account) {
        request.setAttribute(ATTRIBUTE, account);
    }
}
