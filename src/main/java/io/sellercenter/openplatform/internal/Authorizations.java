package io.sellercenter.openplatform.internal;

import io.sellercenter.accounts.AccountId;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's authorization: a seller approves an app and gets a one-time code at the app's callback; the app
 * trades it for an access token (the gateway's {@code session}) and a refresh token. Codes and tokens are kept as
 * their SHA-256 only; a token dies when it expires, when its app is revoked, and when it is refreshed.
 */
@Service
public class Authorizations {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    /** What {@code /auth/token/create} and {@code /auth/token/refresh} answer. */
    public record Grant(
            String accessToken,
            String refreshToken,
            long expiresIn,
            long refreshExpiresIn,
            long sellerId,
            String account,
            long accountId) {}

    /** The app a gateway call names, and the account its token acts for ({@code accountId} null: no live token). */
    record Caller(long appId, String appSecret, int callsPerMinute, boolean revoked, Long accountId, Long sellerId) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OpenApps apps;
    private final AccountLookup accounts;
    private final Duration tokenLifetime;
    private final Duration refreshLifetime;

    Authorizations(
            JdbcClient jdbc,
            Clock clock,
            OpenApps apps,
            AccountLookup accounts,
            @Value("${sellercenter.open-platform.token-lifetime:P7D}") Duration tokenLifetime,
            @Value("${sellercenter.open-platform.refresh-lifetime:P30D}") Duration refreshLifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.apps = apps;
        this.accounts = accounts;
        this.tokenLifetime = tokenLifetime;
        this.refreshLifetime = refreshLifetime;
    }

    /** The app asking, when it is live and the redirect goes to its callback; else a 400 the page shows. */
    @Transactional(readOnly = true)
    public OpenApps.App asking(String clientId, String redirectUri) {
        var app = clientId == null ? Optional.<OpenApps.App>empty() : apps.byKey(clientId);
        if (app.isEmpty() || app.get().revoked()) {
            throw new InvalidInputException("client_id", "UNKNOWN_APP");
        }
        if (!toCallback(redirectUri, app.get().callbackUrl())) {
            throw new InvalidInputException("redirect_uri", "REDIRECT_NOT_CALLBACK");
        }
        return app.get();
    }

    /**
     * The redirect is the callback URL, or goes below it or adds a query: {@code https://erp.example} must not let
     * {@code https://erp.example.evil} through.
     */
    static boolean toCallback(String redirectUri, String callbackUrl) {
        if (redirectUri == null || !redirectUri.startsWith(callbackUrl)) {
            return false;
        }
        return redirectUri.length() == callbackUrl.length()
                || callbackUrl.endsWith("/")
                || "/?#".indexOf(redirectUri.charAt(callbackUrl.length())) >= 0;
    }

    /** The seller approved: a code valid ten minutes, once, for this app and redirect. */
    @Transactional
    public String approve(CurrentAccount me, String clientId, String redirectUri) {
        me.requireSeller();
        var app = asking(clientId, redirectUri);
        var code = Secrets.random(16);
        jdbc.sql("""
                        insert into open_authorization_codes (code_hash, app_id, account_id, redirect_uri, expires_at)
                        values (?, ?, ?, ?, ?)""")
                .params(
                        Secrets.hash(code),
                        app.appId(),
                        me.id().value(),
                        redirectUri,
                        Timestamp.from(clock.instant().plus(CODE_LIFETIME)))
                .update();
        return code;
    }

    /** Trades a code for tokens, once; empty when the code is unknown, used, expired or another app's. */
    @Transactional
    Optional<Grant> exchange(long appId, String code) {
        return spend("""
                update open_authorization_codes set used_at = ?
                 where code_hash = ? and app_id = ? and used_at is null and expires_at > ?
                returning account_id""", appId, code);
    }

    /** A new pair for a live refresh token; the old pair dies. */
    @Transactional
    Optional<Grant> refresh(long appId, String refreshToken) {
        return spend("""
                update open_access_tokens set revoked_at = ?
                 where refresh_hash = ? and app_id = ? and revoked_at is null and refresh_expires_at > ?
                returning account_id""", appId, refreshToken);
    }

    /** Marks a one-time secret of this app spent (the statement takes now, its hash, the app, now) and issues tokens. */
    private Optional<Grant> spend(String sql, long appId, String secret) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql(sql)
                .params(now, Secrets.hash(secret), appId, now)
                .query(Long.class)
                .optional()
                .flatMap(accountId -> issue(appId, accountId));
    }

    /** A token for the seller's own app, taken on its page by the account that may see the app. */
    @Transactional
    public Grant forOwnApp(CurrentAccount me, long appId) {
        var app = apps.live(me, appId);
        return issue(app.appId(), me.id().value()).orElseThrow();
    }

    private Optional<Grant> issue(long appId, long accountId) {
        return accounts.byId(new AccountId(accountId))
                .filter(CurrentAccount::isSeller)
                .map(account -> {
                    var access = Secrets.random(24);
                    var refresh = Secrets.random(24);
                    var now = clock.instant();
                    jdbc.sql("""
                            insert into open_access_tokens (app_id, account_id, seller_id, token_hash, refresh_hash,
                                                            created_at, expires_at, refresh_expires_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(
                                    appId,
                                    accountId,
                                    account.sellerId().value(),
                                    Secrets.hash(access),
                                    Secrets.hash(refresh),
                                    Timestamp.from(now),
                                    Timestamp.from(now.plus(tokenLifetime)),
                                    Timestamp.from(now.plus(refreshLifetime)))
                            .update();
                    return new Grant(
                            access,
                            refresh,
                            tokenLifetime.toSeconds(),
                            refreshLifetime.toSeconds(),
                            account.sellerId().value(),
                            account.email(),
                            accountId);
                });
    }

    /**
     * The app a call names and, when the call's access token is live and was given to that app, the account it acts
     * for: one statement, as each gateway call asks it.
     */
    Optional<Caller> caller(String appKey, String accessToken) {
        return jdbc.sql("""
                        select a.id, a.app_secret, a.calls_per_minute, a.revoked_at, t.account_id, t.seller_id
                          from open_apps a
                          left join open_access_tokens t on t.app_id = a.id and t.token_hash = ? and t.revoked_at is null
                                                        and t.expires_at > ?
                         where a.app_key = ?""")
                .params(accessToken == null ? "" : Secrets.hash(accessToken), Timestamp.from(clock.instant()), appKey)
                .query((rs, n) -> new Caller(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getTimestamp(4) != null,
                        (Long) rs.getObject(5),
                        (Long) rs.getObject(6)))
                .optional();
    }
}
