package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What waits for the seller in orders, and the last 30 days day by day, for the dashboard. */
@Component
public class OrderDashboard {

    public static final int DAYS = 30;

    /** Counts of what needs doing, each linking to its filtered list. */
    public record ToDo(
            long toShip, long dueWithin24Hours, long overdue, long cancellationRequests, long unreadMessages) {}

    /** One day of the last 30, in the reader's zone. */
    public record Day(LocalDate day, long placed, long shipped) {}

    /** Shipping notices of the last 30 days, and how many came before the ship-by deadline. */
    public record OnTime(long shipped, long beforeDeadline) {
        public int percent() {
            return shipped == 0 ? 100 : (int) Math.round(100.0 * beforeDeadline / shipped);
        }
    }

    public record Summary(ToDo toDo, List<Day> days, OnTime onTime) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    OrderDashboard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Summary summary(CurrentAccount me, ZoneId zone) {
        var seller = me.requirePermission(Permission.ORDERS).value();
        var now = clock.instant();
        var toDo = jdbc.sql("""
                        select count(*) filter (where order_status = 'WAIT_SELLER_SEND_GOODS') as to_ship,
                               count(*) filter (where order_status in ('WAIT_SELLER_SEND_GOODS', 'SELLER_PART_SEND_GOODS')
                                                  and ship_by > ? and ship_by <= ?) as due_soon,
                               count(*) filter (where order_status in ('WAIT_SELLER_SEND_GOODS', 'SELLER_PART_SEND_GOODS')
                                                  and ship_by <= ?) as overdue,
                               count(*) filter (where order_status = 'IN_CANCEL') as cancellations,
                               (select count(*) from order_messages m join orders mo on mo.id = m.order_id
                                 where mo.seller_id = ? and m.sender = 'BUYER' and m.read_at is null) as unread
                          from orders
                         where seller_id = ? and order_status in
                               ('WAIT_SELLER_SEND_GOODS', 'SELLER_PART_SEND_GOODS', 'IN_CANCEL')""")
                .params(
                        Timestamp.from(now),
                        Timestamp.from(now.plus(Duration.ofHours(24))),
                        Timestamp.from(now),
                        seller,
                        seller)
                .query((rs, n) -> new ToDo(
                        rs.getLong("to_ship"),
                        rs.getLong("due_soon"),
                        rs.getLong("overdue"),
                        rs.getLong("cancellations"),
                        rs.getLong("unread")))
                .single();
        var today = LocalDate.ofInstant(now, zone);
        var from = today.minusDays(DAYS - 1).atStartOfDay(zone).toInstant();
        var days = new LinkedHashMap<LocalDate, long[]>();
        for (int i = DAYS - 1; i >= 0; i--) {
            days.put(today.minusDays(i), new long[2]);
        }
        jdbc.sql("""
                        select (created_at at time zone ?)::date as day, count(*) as placed
                          from orders where seller_id = ? and created_at >= ? group by 1""").params(zone.getId(), seller, Timestamp.from(from)).query(rs -> {
            var day = days.get(rs.getObject("day", LocalDate.class));
            if (day != null) {
                day[0] = rs.getLong("placed");
            }
        });
        jdbc.sql("""
                        select (created_at at time zone ?)::date as day, count(distinct order_id) as shipped
                          from shipping_notices where seller_id = ? and created_at >= ? group by 1""").params(zone.getId(), seller, Timestamp.from(from)).query(rs -> {
            var day = days.get(rs.getObject("day", LocalDate.class));
            if (day != null) {
                day[1] = rs.getLong("shipped");
            }
        });
        var onTime = jdbc.sql("""
                        select count(*) as shipped, count(*) filter (where first_notice <= ship_by) as before_deadline
                          from (select o.ship_by, min(n.created_at) as first_notice
                                  from shipping_notices n join orders o on o.id = n.order_id
                                 where n.seller_id = ? and n.created_at >= ? and o.ship_by is not null
                                 group by o.id, o.ship_by) shipped""")
                .params(seller, Timestamp.from(from))
                .query((rs, n) -> new OnTime(rs.getLong("shipped"), rs.getLong("before_deadline")))
                .single();
        var list = new ArrayList<Day>();
        days.forEach((day, counts) -> list.add(new Day(day, counts[0], counts[1])));
        return new Summary(toDo, list, onTime);
    }
}
