package io.sellercenter.accounts.internal;

import java.time.Instant;
import org.springframework.stereotype.Service;

/** Exchanges an e-mail and password for an API token. */
@Service
public class TokenLogin {

    public record Issued(String token, Instant expiresAt) {}

    private final PasswordLogin login;
    private final ApiTokens tokens;

    TokenLogin(PasswordLogin login, ApiTokens tokens) {
        this.login = login;
        this.tokens = tokens;
    }

    public Issued issue(String email, String password, String address) {
        var account = login.login(email, password, address);
        var issued = tokens.issue(account.id().value());
        return new Issued(issued.token(), issued.expiresAt());
    }

    public void revoke(String token) {
        tokens.revoke(token);
    }
}
