package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.TooManyRequestsException;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail and password, for the login form and for API tokens alike, with the failed
 * attempts counted by {@link LoginThrottle}.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    /** Compared against when the e-mail is unknown, so that the answer takes as long as for a known one. */
    private final String unknownAccountHash;

    private final AccountManagement accounts;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;

    PasswordLogin(AccountManagement accounts, PasswordEncoder passwords, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.unknownAccountHash = passwords.encode("unknown-account");
    }

    /** The account, or {@link InvalidCredentialsException} / {@link TooManyRequestsException}. */
    CurrentAccount login(String email, String password, String address) {
        var wait = throttle.retryAfter(email, address);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("TOO_MANY_LOGIN_ATTEMPTS", wait.get());
        }
        var account = accounts.byEmail(email);
        var matches =
                passwords.matches(password, account.map(Account::passwordHash).orElse(unknownAccountHash));
        if (account.isEmpty() || !matches || !account.get().enabled()) {
            throttle.failed(email, address);
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(email);
        return accounts.current(account.get().id()).orElseThrow(InvalidCredentialsException::new);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        try {
            var account = login(authentication.getName(), String.valueOf(authentication.getCredentials()), address);
            var principal = AccountPrincipal.of(account);
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } catch (InvalidCredentialsException e) {
            throw new BadCredentialsException("Bad credentials");
        } catch (TooManyRequestsException e) {
            throw new LoginThrottledException(e.retryAfter());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static class LoginThrottledException extends AuthenticationException {

        private final Duration retryAfter;

        LoginThrottledException(Duration retryAfter) {
            super("Too many failed logins");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
