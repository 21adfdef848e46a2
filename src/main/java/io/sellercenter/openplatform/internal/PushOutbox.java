package io.sellercenter.openplatform.internal;

import io.sellercenter.openplatform.Topic;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable outbox of pushed messages: a row per subscribed app, written in the transaction that records the event,
 * so a message exists exactly when its change does. {@link PushDelivery} sends them.
 */
@Service
public class PushOutbox {

    /** One pushed message as the app page and the API list it. */
    public record Delivery(
            String messageId,
            Topic topic,
            String orderingKey,
            Instant createdAt,
            int attempts,
            Instant nextAttemptAt,
            Instant deliveredAt,
            Instant givenUpAt,
            Integer lastStatus,
            String lastError) {

        /** The order or review the message is about, for the delivery log's link. */
        public String subject() {
            return orderingKey.substring(0, orderingKey.indexOf(':'));
        }

        public long subjectId() {
            return Long.parseLong(orderingKey.substring(orderingKey.indexOf(':') + 1));
        }

        public String state() {
            return deliveredAt != null ? "DELIVERED" : givenUpAt != null ? "GIVEN_UP" : "PENDING";
        }
    }

    private static final String SUBSCRIBERS = PushOutbox.class.getName() + ".subscribers";

    private final JdbcClient jdbc;
    private final OpenApps apps;
    private final JsonMapper json;
    private final Clock clock;

    PushOutbox(JdbcClient jdbc, OpenApps apps, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.apps = apps;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the event for each of the seller's live apps subscribed to the topic. */
    void enqueue(long sellerId, Topic topic, String orderingKey, Map<String, Object> data) {
        var subscribers = subscribers(sellerId, topic);
        if (subscribers.isEmpty()) {
            return;
        }
        var now = clock.instant();
        for (var app : subscribers) {
            var messageId = UUID.randomUUID().toString();
            var payload = GatewayCall.fields(
                    "message_id", messageId,
                    "topic", topic.wireName(),
                    "app_key", app.appKey(),
                    "seller_id", String.valueOf(sellerId),
                    "timestamp", now.toEpochMilli(),
                    "data", data);
            jdbc.sql("""
                            insert into open_push_messages (message_id, app_id, topic, ordering_key, payload, created_at,
                                                            next_attempt_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            messageId,
                            app.appId(),
                            topic.name(),
                            orderingKey,
                            json.writeValueAsString(payload),
                            Timestamp.from(now),
                            Timestamp.from(now))
                    .update();
        }
    }

    /**
     * The subscribers, looked up once per seller and topic in a transaction: a batch of ten thousand logistics orders
     * asks once, not ten thousand times.
     */
    @SuppressWarnings("unchecked")
    private List<OpenApps.App> subscribers(long sellerId, Topic topic) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return apps.subscribers(sellerId, topic);
        }
        var cache = (Map<String, List<OpenApps.App>>) TransactionSynchronizationManager.getResource(SUBSCRIBERS);
        if (cache == null) {
            var fresh = new HashMap<String, List<OpenApps.App>>();
            TransactionSynchronizationManager.bindResource(SUBSCRIBERS, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SUBSCRIBERS);
                }
            });
            cache = fresh;
        }
        return cache.computeIfAbsent(sellerId + ":" + topic, k -> apps.subscribers(sellerId, topic));
    }

    public Page<Delivery> deliveries(OpenApps.App app, PageRequest page) {
        var total = jdbc.sql("select count(*) from open_push_messages where app_id = ?")
                .param(app.appId())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select * from open_push_messages where app_id = ? order by id desc limit ? offset ?")
                .params(app.appId(), page.size(), page.offset())
                .query((rs, n) -> new Delivery(
                        rs.getString("message_id"),
                        Topic.valueOf(rs.getString("topic")),
                        rs.getString("ordering_key"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("attempts"),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        instant(rs.getTimestamp("delivered_at")),
                        instant(rs.getTimestamp("given_up_at")),
                        (Integer) rs.getObject("last_status"),
                        rs.getString("last_error")))
                .list();
        return Page.of(items, page, total);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
