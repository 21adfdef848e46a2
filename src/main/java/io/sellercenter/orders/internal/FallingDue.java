package io.sellercenter.orders.internal;

import io.sellercenter.orders.OrderFallingDue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announces each order waiting for shipment once it has less than 24 hours left ({@link OrderFallingDue}); rows are
 * claimed with SKIP LOCKED and marked in the same transaction, so each order is announced once across instances.
 */
@Component
public class FallingDue {

    static final Duration AHEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean polling;

    FallingDue(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${sellercenter.orders.timers-polling:true}") boolean polling) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.polling = polling;
    }

    @Scheduled(fixedDelayString = "${sellercenter.orders.falling-due-poll:PT1M}", initialDelayString = "PT10S")
    void poll() {
        if (polling) {
            announce();
        }
    }

    /** Announces the orders that fell due since the last sweep; how many. */
    @Transactional
    public int announce() {
        var now = clock.instant();
        var due = jdbc.sql("""
                        update orders set due_notified_at = ? where id in (
                          select id from orders
                           where order_status = 'WAIT_SELLER_SEND_GOODS' and due_notified_at is null and ship_by <= ?
                           order by ship_by limit 1000 for update skip locked)
                        returning id, seller_id, ship_by""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(AHEAD)))
                .query((rs, n) -> new OrderFallingDue(
                        rs.getLong("id"),
                        rs.getLong("seller_id"),
                        rs.getTimestamp("ship_by").toInstant()))
                .list();
        due.forEach(events::publishEvent);
        return due.size();
    }
}
