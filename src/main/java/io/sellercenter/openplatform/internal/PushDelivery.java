package io.sellercenter.openplatform.internal;

import io.sellercenter.shared.BodySignature;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox to the apps' callback URLs, at least once: a message is leased before it is sent, so a crash sends
 * it again, never loses it. Only the oldest open message of an app and order is sent, so an order's messages arrive
 * in order. A failure is retried with growing pauses until a day has passed. Sending is asynchronous and bounded: a
 * slow or dead receiver holds a few connections, never a request thread of the application.
 */
@Component
@ConditionalOnProperty(name = "sellercenter.open-platform.push-polling", havingValue = "true", matchIfMissing = true)
class PushDelivery {

    static final String SIGNATURE_HEADER = "X-Sc-Signature";
    private static final Logger LOG = LoggerFactory.getLogger(PushDelivery.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    private static final int IN_FLIGHT = 32;

    private record Due(
            long id,
            String messageId,
            String topic,
            String payload,
            String url,
            String secret,
            int attempts,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration firstPause;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    PushDelivery(
            JdbcClient jdbc,
            Clock clock,
            @Value("${sellercenter.open-platform.push-backoff:PT10S}") Duration firstPause) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.firstPause = firstPause;
    }

    @Scheduled(fixedDelayString = "${sellercenter.open-platform.push-poll:PT1S}", initialDelayString = "PT2S")
    void send() {
        var free = inFlight.availablePermits();
        if (free == 0) {
            return;
        }
        var now = clock.instant();
        var due = jdbc.sql("""
                        update open_push_messages m set next_attempt_at = ?
                          from open_apps a
                         where a.id = m.app_id and m.id in (
                               select d.id from open_push_messages d
                                where d.delivered_at is null and d.given_up_at is null and d.next_attempt_at <= ?
                                  and not exists (select 1 from open_push_messages e
                                                   where e.app_id = d.app_id and e.ordering_key = d.ordering_key
                                                     and e.id < d.id and e.delivered_at is null and e.given_up_at is null)
                                order by d.id limit ? for update skip locked)
                        returning m.id, m.message_id, m.topic, m.payload, a.callback_url, a.app_secret, m.attempts,
                                  m.created_at, a.revoked_at""")
                .params(Timestamp.from(now.plus(LEASE)), Timestamp.from(now), free)
                .query((rs, n) -> rs.getTimestamp("revoked_at") != null
                        ? new Due(rs.getLong(1), null, null, null, null, null, 0, null)
                        : new Due(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getInt(7),
                                rs.getTimestamp(8).toInstant()))
                .list();
        for (var d : due) {
            if (d.url() == null) {
                jdbc.sql("update open_push_messages set given_up_at = ?, last_error = 'REVOKED' where id = ?")
                        .params(Timestamp.from(now), d.id())
                        .update();
            } else if (inFlight.tryAcquire()) {
                deliver(d);
            }
        }
    }

    private void deliver(Due d) {
        var body = d.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("X-Sc-Message-Id", d.messageId())
                    .header("X-Sc-Topic", d.topic())
                    .header(SIGNATURE_HEADER, BodySignature.hex(d.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            failed(d, null, "INVALID_URL");
            inFlight.release();
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            try {
                if (error == null && response.statusCode() / 100 == 2) {
                    jdbc.sql("update open_push_messages set delivered_at = ?, attempts = attempts + 1, last_status = ?,"
                                    + " last_error = null where id = ?")
                            .params(Timestamp.from(clock.instant()), response.statusCode(), d.id())
                            .update();
                } else {
                    failed(d, error == null ? response.statusCode() : null, error == null ? "STATUS" : kind(error));
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not record the delivery of pushed message {}", d.messageId(), e);
            } finally {
                inFlight.release();
            }
        });
    }

    private void failed(Due d, Integer status, String error) {
        var now = clock.instant();
        var attempts = d.attempts() + 1;
        var pause = firstPause.multipliedBy(1L << Math.min(attempts - 1, 12));
        var next = now.plus(pause.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : pause);
        var giveUp = next.isAfter(d.createdAt().plus(GIVE_UP_AFTER));
        jdbc.sql("""
                        update open_push_messages set attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?,
                               given_up_at = ? where id = ?""")
                .params(attempts, status, error, Timestamp.from(next), giveUp ? Timestamp.from(now) : null, d.id())
                .update();
    }

    /** Why a delivery failed, as a code the delivery log words in the reader's language. */
    private static String kind(Throwable error) {
        var cause = error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return "TIMEOUT";
        }
        return cause instanceof ConnectException ? "CONNECT" : "OTHER";
    }
}
