package io.sellercenter.notifications.internal;

import io.sellercenter.accounts.AccountKind;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.BuyerMessageReceived;
import io.sellercenter.orders.CancellationRequested;
import io.sellercenter.orders.OrderFallingDue;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's notifications, kept in the database: written when what they tell happens, read by the accounts of
 * the seller that may see them (review decisions: the main account; the rest: ORDERS).
 */
@Service
public class NotificationBook {

    /** What happened; {@code permission} is what an account needs to be told (null: the main account only). */
    public enum Kind {
        REVIEW_DECIDED(null),
        CANCELLATION_REQUESTED(Permission.ORDERS),
        BUYER_MESSAGE(Permission.ORDERS),
        ORDER_FALLING_DUE(Permission.ORDERS);

        final Permission permission;

        Kind(Permission permission) {
            this.permission = permission;
        }

        boolean visibleTo(CurrentAccount me) {
            return me.kind() == AccountKind.MAIN || (permission != null && me.has(permission));
        }
    }

    /** One notification; {@code detail} holds what its message needs (a review's kind and decision). */
    public record Notification(long id, Kind kind, long subjectId, String detail, Instant createdAt, boolean read) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationBook(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReviewDecided e) {
        add(
                e.sellerId(),
                Kind.REVIEW_DECIDED,
                e.reviewId(),
                e.kind().name() + ":" + e.decision().name() + ":" + e.subjectId());
    }

    @ApplicationModuleListener
    void on(CancellationRequested e) {
        add(e.sellerId(), Kind.CANCELLATION_REQUESTED, e.orderId(), null);
    }

    @ApplicationModuleListener
    void on(BuyerMessageReceived e) {
        add(e.sellerId(), Kind.BUYER_MESSAGE, e.orderId(), null);
    }

    @ApplicationModuleListener
    void on(OrderFallingDue e) {
        add(e.sellerId(), Kind.ORDER_FALLING_DUE, e.orderId(), e.shipBy().toString());
    }

    private void add(long sellerId, Kind kind, long subjectId, String detail) {
        jdbc.sql("insert into notifications (seller_id, kind, subject_id, detail, created_at) values (?, ?, ?, ?, ?)")
                .params(sellerId, kind.name(), subjectId, detail, Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    public long unread(CurrentAccount me) {
        return jdbc.sql("select count(*) from notifications where seller_id = ? and read_at is null and kind = any(?)")
                .params(me.requireSeller().value(), kinds(me))
                .query(Long.class)
                .single();
    }

    /** Unread notifications of one kind: review decisions the seller has not looked at since they came. */
    @Transactional(readOnly = true)
    public long unread(CurrentAccount me, Kind kind) {
        me.requireMain();
        return jdbc.sql("select count(*) from notifications where seller_id = ? and read_at is null and kind = ?")
                .params(me.sellerId().value(), kind.name())
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Page<Notification> list(CurrentAccount me, PageRequest page) {
        var seller = me.requireSeller().value();
        var kinds = kinds(me);
        var total = jdbc.sql("select count(*) from notifications where seller_id = ? and kind = any(?)")
                .params(seller, kinds)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select id, kind, subject_id, detail, created_at, read_at from notifications
                         where seller_id = ? and kind = any(?) order by id desc limit ? offset ?""")
                .params(seller, kinds, page.size(), page.offset())
                .query(NotificationBook::row)
                .list();
        return Page.of(items, page, total);
    }

    /** Marks one read and returns it; another seller's, or one the account may not see, is not found. */
    @Transactional
    public Notification open(CurrentAccount me, long id) {
        var notification = jdbc.sql("""
                        update notifications set read_at = coalesce(read_at, ?)
                         where id = ? and seller_id = ? and kind = any(?)
                        returning id, kind, subject_id, detail, created_at, read_at""")
                .params(Timestamp.from(clock.instant()), id, me.requireSeller().value(), kinds(me))
                .query(NotificationBook::row)
                .optional();
        return notification.orElseThrow(() -> new NotFoundException("notification"));
    }

    @Transactional
    public int readAll(CurrentAccount me) {
        return jdbc.sql(
                        "update notifications set read_at = ? where seller_id = ? and read_at is null and kind = any(?)")
                .params(Timestamp.from(clock.instant()), me.requireSeller().value(), kinds(me))
                .update();
    }

    private static Notification row(ResultSet rs, int n) throws SQLException {
        return new Notification(
                rs.getLong("id"),
                Kind.valueOf(rs.getString("kind")),
                rs.getLong("subject_id"),
                rs.getString("detail"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") != null);
    }

    private static String[] kinds(CurrentAccount me) {
        return List.of(Kind.values()).stream()
                .filter(k -> k.visibleTo(me))
                .map(Kind::name)
                .toArray(String[]::new);
    }
}
