package io.sellercenter.accounts.internal;

import io.sellercenter.accounts.CurrentAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Random bearer tokens, stored as their SHA-256 only, each with an expiry. */
@Component
class ApiTokens {

    record Issued(String token, Instant expiresAt) {}

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${sellercenter.token-lifetime:PT12H}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Issued issue(long accountId) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var expiresAt = now.plus(lifetime);
        jdbc.sql("delete from api_tokens where expires_at < ?")
                .param(Timestamp.from(now))
                .update();
        jdbc.sql("insert into api_tokens (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(hash(token), accountId, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        return new Issued(token, expiresAt);
    }

    /** The enabled account an unexpired token belongs to, token and account read in one statement. */
    Optional<CurrentAccount> accountOf(String token) {
        return jdbc.sql(AccountManagement.CURRENT + """
                         join api_tokens t on t.account_id = a.id
                        where t.token_hash = ? and t.expires_at > ? and a.enabled""")
                .params(hash(token), Timestamp.from(clock.instant()))
                .query(AccountManagement::currentAccount)
                .optional();
    }

    void revoke(String token) {
        jdbc.sql("delete from api_tokens where token_hash = ?")
                .param(hash(token))
                .update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
