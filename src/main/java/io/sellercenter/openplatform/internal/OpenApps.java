package io.sellercenter.openplatform.internal;

import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.openplatform.Topic;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.StateConflictException;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A seller's ERP apps. The main account sees and manages all of its seller's apps, a sub-account those it registered;
 * an app acts with the token of the account that authorized it, so never beyond that account's permissions.
 */
@Service
public class OpenApps {

    public record App(
            long appId,
            long sellerId,
            long accountId,
            String name,
            String callbackUrl,
            String appKey,
            int callsPerMinute,
            Set<Topic> topics,
            Instant createdAt,
            Instant secretRotatedAt,
            Instant revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** An app with its secret, shown once: when registered and when the secret is rotated. */
    public record Registered(App app, String appSecret) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int callsPerMinute;

    OpenApps(
            JdbcClient jdbc,
            Clock clock,
            @Value("${sellercenter.open-platform.calls-per-minute:6000}") int callsPerMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.callsPerMinute = callsPerMinute;
    }

    @Transactional
    public Registered register(CurrentAccount me, String name, String callbackUrl) {
        var seller = me.requireSeller();
        checkCallback(callbackUrl);
        var secret = Secrets.random(16);
        var id = jdbc.sql("""
                        insert into open_apps (seller_id, account_id, name, callback_url, app_key, app_secret,
                                               calls_per_minute, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        seller.value(),
                        me.id().value(),
                        name.strip(),
                        callbackUrl.strip(),
                        uniqueKey(),
                        secret,
                        callsPerMinute,
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return new Registered(get(me, id), secret);
    }

    /** Codes and pushed messages go to the callback: an http or https address with a host, or no app. */
    static void checkCallback(String callbackUrl) {
        try {
            var uri = new URI(callbackUrl.strip());
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new InvalidInputException("callbackUrl", "CALLBACK_URL");
    }

    private String uniqueKey() {
        while (true) {
            var key = Secrets.appKey();
            if (jdbc.sql("select count(*) from open_apps where app_key = ?")
                            .param(key)
                            .query(Long.class)
                            .single()
                    == 0) {
                return key;
            }
        }
    }

    @Transactional(readOnly = true)
    public List<App> list(CurrentAccount me) {
        var seller = me.requireSeller();
        return jdbc.sql("select * from open_apps where seller_id = ? and (? or account_id = ?) order by id desc")
                .params(seller.value(), me.kind() == AccountKind.MAIN, me.id().value())
                .query((rs, n) -> app(rs))
                .list();
    }

    /** The app, when this account may see it; otherwise 404, whether it exists or not. */
    @Transactional(readOnly = true)
    public App get(CurrentAccount me, long appId) {
        var seller = me.requireSeller();
        return jdbc.sql("select * from open_apps where id = ? and seller_id = ? and (? or account_id = ?)")
                .params(
                        appId,
                        seller.value(),
                        me.kind() == AccountKind.MAIN,
                        me.id().value())
                .query((rs, n) -> app(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("app"));
    }

    @Transactional
    public Registered rotateSecret(CurrentAccount me, long appId) {
        var app = live(me, appId);
        var secret = Secrets.random(16);
        jdbc.sql("update open_apps set app_secret = ?, secret_rotated_at = ? where id = ?")
                .params(secret, Timestamp.from(clock.instant()), app.appId())
                .update();
        return new Registered(get(me, appId), secret);
    }

    /** Revokes the app and every token it holds; its calls fail from now on, and nothing more is pushed to it. */
    @Transactional
    public App revoke(CurrentAccount me, long appId) {
        var app = live(me, appId);
        var now = Timestamp.from(clock.instant());
        jdbc.sql("update open_apps set revoked_at = ? where id = ?")
                .params(now, app.appId())
                .update();
        jdbc.sql("update open_access_tokens set revoked_at = ? where app_id = ? and revoked_at is null")
                .params(now, app.appId())
                .update();
        return get(me, appId);
    }

    @Transactional
    public App subscribe(CurrentAccount me, long appId, Set<Topic> topics) {
        var app = live(me, appId);
        jdbc.sql("update open_apps set topics = ?::text[] where id = ?")
                .params(topics.stream().map(Topic::name).sorted().toArray(String[]::new), app.appId())
                .update();
        return get(me, appId);
    }

    App live(CurrentAccount me, long appId) {
        var app = get(me, appId);
        if (app.revoked()) {
            throw new StateConflictException("APP_REVOKED");
        }
        return app;
    }

    Optional<App> byKey(String appKey) {
        return jdbc.sql("select * from open_apps where app_key = ?")
                .param(appKey)
                .query((rs, n) -> app(rs))
                .optional();
    }

    /** The live apps of a seller subscribed to a topic. */
    List<App> subscribers(long sellerId, Topic topic) {
        return jdbc.sql("select * from open_apps where seller_id = ? and revoked_at is null and ? = any(topics)")
                .params(sellerId, topic.name())
                .query((rs, n) -> app(rs))
                .list();
    }

    static App app(ResultSet rs) throws SQLException {
        return new App(
                rs.getLong("id"),
                rs.getLong("seller_id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                rs.getString("callback_url"),
                rs.getString("app_key"),
                rs.getInt("calls_per_minute"),
                topics(rs.getArray("topics")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("secret_rotated_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Set<Topic> topics(Array array) throws SQLException {
        var set = EnumSet.noneOf(Topic.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray())
                    .map(Topic::of)
                    .flatMap(Optional::stream)
                    .forEach(set::add);
        }
        return set;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
