package io.sellercenter.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account e-mail and per client address in a sliding window, in the
 * database so that every instance sees the same count.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration window;
    private final int perAccount;
    private final int perAddress;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${sellercenter.login.window:PT15M}") Duration window,
            @Value("${sellercenter.login.max-failures-per-account:5}") int perAccount,
            @Value("${sellercenter.login.max-failures-per-address:50}") int perAddress) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.window = window;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** How long the caller must wait, when either the account or the address failed too often. */
    @Transactional(readOnly = true)
    Optional<Duration> retryAfter(String email, String address) {
        var now = clock.instant();
        return wait(accountKey(email), perAccount, now).or(() -> wait(addressKey(address), perAddress, now));
    }

    @Transactional
    void failed(String email, String address) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("delete from login_failures where failed_at < ?")
                .param(Timestamp.from(clock.instant().minus(window)))
                .update();
        jdbc.sql("insert into login_failures (subject, failed_at) values (?, ?), (?, ?)")
                .params(accountKey(email), now, addressKey(address), now)
                .update();
    }

    @Transactional
    void succeeded(String email) {
        jdbc.sql("delete from login_failures where subject = ?")
                .param(accountKey(email))
                .update();
    }

    private Optional<Duration> wait(String subject, int limit, Instant now) {
        var failures = jdbc.sql(
                        "select failed_at from login_failures where subject = ? and failed_at > ? order by failed_at desc limit ?")
                .params(subject, Timestamp.from(now.minus(window)), limit)
                .query(Timestamp.class)
                .list();
        if (failures.size() < limit) {
            return Optional.empty();
        }
        var oldestCounted = failures.getLast().toInstant();
        var wait = Duration.between(now, oldestCounted.plus(window));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait.plusSeconds(1));
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
