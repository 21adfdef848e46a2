package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.BuyerMessageReceived;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Messages between buyer and seller on an order (R-H12); reading marks the other side's as read. */
@Service
@NamedInterface("gateway")
public class OrderMessages {

    public record Message(long messageId, String sender, String body, Instant createdAt, Instant readAt) {}

    /** One order's conversation in the seller's inbox: its latest message and how many of the buyer's are unread. */
    public record Conversation(
            long orderId, String buyerName, String lastSender, String lastBody, Instant lastAt, long unread) {}

    private final JdbcClient jdbc;
    private final Orders orders;
    private final Clock clock;

    /** A message is plain text of at most this many characters (R-H12). */
    public static final int MAX_LENGTH = 2000;

    private final ApplicationEventPublisher events;

    OrderMessages(JdbcClient jdbc, Orders orders, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.orders = orders;
        this.clock = clock;
    }

    @Transactional
    public List<Message> read(CurrentAccount me, long orderId) {
        order(me, orderId);
        var side = side(me);
        jdbc.sql("update order_messages set read_at = ? where order_id = ? and sender <> ? and read_at is null")
                .params(Timestamp.from(clock.instant()), orderId, side)
                .update();
        return jdbc.sql(
                        "select id, sender, body, created_at, read_at from order_messages where order_id = ? order by id")
                .param(orderId)
                .query((rs, n) -> new Message(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Transactional
    public Message send(CurrentAccount me, long orderId, String text) {
        var body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("body", "MESSAGE_EMPTY");
        }
        if (body.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldError("body", "MESSAGE_TOO_LONG", List.of(MAX_LENGTH))));
        }
        return post(me, order(me, orderId), body);
    }

    /** Writes on an order the caller has already loaded as its own (the seller's proposal of a service, R-H3). */
    Message post(CurrentAccount me, Order order, String body) {
        var side = side(me);
        var now = clock.instant();
        var id = jdbc.sql("""
                        insert into order_messages (order_id, sender, sender_account_id, body, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(order.id, side, me.id().value(), body, Timestamp.from(now))
                .query(Long.class)
                .single();
        if (side.equals("BUYER")) {
            events.publishEvent(new BuyerMessageReceived(order.id, order.sellerId, id));
        }
        return new Message(id, side, body, now, null);
    }

    /** The seller's conversations, the latest first; {@code unreadOnly} keeps those with buyer messages unread. */
    @Transactional(readOnly = true)
    public Page<Conversation> inbox(CurrentAccount me, boolean unreadOnly, PageRequest page) {
        var seller = me.requirePermission(Permission.ORDERS).value();
        var from = """
                 from orders o
                 join lateral (select m.sender, m.body, m.created_at from order_messages m where m.order_id = o.id
                               order by m.id desc limit 1) last on true
                 where o.seller_id = ?
                   and (? = false or exists (select 1 from order_messages u
                                             where u.order_id = o.id and u.sender = 'BUYER' and u.read_at is null))""";
        var total = jdbc.sql("select count(*)" + from)
                .params(seller, unreadOnly)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select o.id, o.buyer_name, last.sender, last.body, last.created_at,
                               (select count(*) from order_messages u
                                 where u.order_id = o.id and u.sender = 'BUYER' and u.read_at is null)""" + from + " order by last.created_at desc, o.id desc limit ? offset ?")
                .params(seller, unreadOnly, page.size(), page.offset())
                .query((rs, n) -> new Conversation(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getLong(6)))
                .list();
        return Page.of(items, page, total);
    }

    /** The order, when it is the account's own (the seller's, with ORDERS, or the buyer's). */
    private Order order(CurrentAccount me, long orderId) {
        return me.isSeller()
                ? orders.forSeller(me.requirePermission(Permission.ORDERS).value(), orderId)
                : orders.forBuyer(me.requireBuyer(), orderId);
    }

    private static String side(CurrentAccount me) {
        return me.isSeller() ? "SELLER" : "BUYER";
    }
}
