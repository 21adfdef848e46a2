package io.sellercenter.orders.internal;

import io.sellercenter.billing.Payments;
import io.sellercenter.warehouses.StockReservations;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order's one pending deadline, kept in {@code order_deadlines}: risk control ends, ship-by,
 * the seller's answer to a cancellation, the buyer's receipt, funds released. Firing claims due
 * rows with SKIP LOCKED and deletes each in the transaction that applies it: once, on one instance.
 */
@Service
public class OrderDeadlines {

    enum Kind {
        RISK_CONTROL,
        SHIP_BY,
        CANCEL_ANSWER,
        RECEIPT,
        FUNDS
    }

    private static final Logger log = LoggerFactory.getLogger(OrderDeadlines.class);

    private final JdbcClient jdbc;
    private final Orders orders;
    private final OrderTimers timers;
    private final StockReservations stock;
    private final OverseasFulfilmentRepository outbound;
    private final Payments payments;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean polling;

    OrderDeadlines(
            JdbcClient jdbc,
            Orders orders,
            OrderTimers timers,
            StockReservations stock,
            Payments payments,
            OverseasFulfilmentRepository outbound,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${sellercenter.orders.timers-polling:true}") boolean polling) {
        this.outbound = outbound;
        this.polling = polling;
        this.jdbc = jdbc;
        this.orders = orders;
        this.timers = timers;
        this.stock = stock;
        this.payments = payments;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Replaces the order's deadline with the one its status calls for (called within the saving transaction). */
    void sync(Order order) {
        syncAll(List.of(order));
    }

    /** The same for many orders in one statement: other deadlines of theirs go, the wanted ones are set. */
    void syncAll(List<Order> all) {
        var now = clock.instant();
        var ids = new ArrayList<Long>();
        var kinds = new ArrayList<String>();
        var dues = new ArrayList<String>();
        for (var order : all) {
            var due = switch (order.status) {
                case RISK_CONTROL -> at(Kind.RISK_CONTROL, order.paidAt.plus(timers.riskControl));
                case WAIT_SELLER_SEND_GOODS -> at(Kind.SHIP_BY, order.shipBy);
                case IN_CANCEL -> at(Kind.CANCEL_ANSWER, now.plus(timers.cancelAnswer));
                case WAIT_BUYER_ACCEPT_GOODS -> at(Kind.RECEIPT, order.receiptDeadline);
                case FUND_PROCESSING -> at(Kind.FUNDS, now.plus(timers.fundProcessing));
                default -> null;
            };
            if (due != null) {
                ids.add(order.id);
                kinds.add(due.kind().name());
                dues.add(due.at().toString());
            }
        }
        jdbc.sql("""
                        with wanted as (
                          select * from unnest(?::bigint[], ?::text[], ?::text[]::timestamptz[]) as u(order_id, kind, due_at)),
                        gone as (
                          delete from order_deadlines d where d.order_id = any(?)
                            and not exists (select 1 from wanted w where w.order_id = d.order_id and w.kind = d.kind))
                        insert into order_deadlines (order_id, kind, due_at) select order_id, kind, due_at from wanted
                        on conflict (order_id, kind) do update set due_at = excluded.due_at""")
                .params(
                        ids.stream().mapToLong(Long::longValue).toArray(),
                        kinds.toArray(String[]::new),
                        dues.toArray(String[]::new),
                        all.stream().mapToLong(o -> o.id).toArray())
                .update();
    }

    private record Due(Kind kind, Instant at) {}

    private static Due at(Kind kind, Instant at) {
        return new Due(kind, at);
    }

    @Scheduled(fixedDelayString = "${sellercenter.orders.timer-poll:PT1S}", initialDelayString = "PT5S")
    void poll() {
        if (polling) {
            fireDue();
        }
    }

    /** Applies every deadline due by the clock's now; returns how many fired. */
    public int fireDue() {
        var fired = 0;
        while (true) {
            Integer batch = transactions.execute(status -> {
                var due = jdbc.sql("""
                                select order_id, kind from order_deadlines where due_at <= ?
                                order by due_at limit 20 for update skip locked""")
                        .param(Timestamp.from(clock.instant()))
                        .query((rs, n) -> new Object[] {rs.getLong(1), Kind.valueOf(rs.getString(2))})
                        .list();
                for (var row : due) {
                    fire((long) row[0], (Kind) row[1]);
                }
                return due.size();
            });
            fired += batch;
            if (batch < 20) {
                return fired;
            }
        }
    }

    private void fire(long orderId, Kind kind) {
        jdbc.sql("delete from order_deadlines where order_id = ? and kind = ?")
                .params(orderId, kind.name())
                .update();
        var order = orders.lock(orderId).orElseThrow();
        log.info("Order {} deadline {} fired in {}", orderId, kind, order.status);
        switch (kind) {
            case RISK_CONTROL -> order.passRiskControl();
            case SHIP_BY -> {
                order.notShipped();
                releaseUnshipped(order);
                payments.refund(OrderLifecycle.paymentReference(orderId));
            }
            case CANCEL_ANSWER -> {
                order.acceptCancel();
                releaseUnshipped(order);
                payments.refund(OrderLifecycle.paymentReference(orderId));
            }
            case RECEIPT -> order.confirmReceipt();
            case FUNDS -> {
                order.fundsReleased();
                payments.settle(OrderLifecycle.paymentReference(orderId));
            }
        }
        orders.save(order, clock.instant());
        sync(order);
    }

    /** The order ends with lines unshipped: their stock is free again, and no overseas warehouse ships them. */
    void releaseUnshipped(Order order) {
        for (var line : order.lines) {
            if (line.remaining() > 0) {
                stock.release(line.warehouseId(), line.skuCode(), line.remaining());
            }
        }
        outbound.cancelLive(order.id, clock.instant());
    }
}
