package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to orders after the sale, for the seller's after-sales page: cancellation requests waiting for an
 * answer (48 hours), orders waiting for the buyer's receipt (which may be extended), disputes, and refunds.
 */
@Component
public class AfterSales {

    public enum Kind {
        CANCELLATIONS("o.order_status = 'IN_CANCEL'", "d.due_at nulls last, o.id"),
        RECEIPT("o.order_status = 'WAIT_BUYER_ACCEPT_GOODS'", "o.receipt_deadline nulls last, o.id"),
        DISPUTES("o.issue_status <> 'NO_ISSUE'", "o.id desc"),
        REFUNDS("o.fund_status = 'REFUNDED'", "o.finished_at desc nulls last, o.id desc");

        final String where;
        final String order;

        Kind(String where, String order) {
            this.where = where;
            this.order = order;
        }
    }

    /** One order as after-sales shows it; {@code answerBy} is the cancellation answer's deadline. */
    public record Case(
            long orderId,
            String orderStatus,
            String buyerName,
            Money total,
            String cancelReason,
            Instant answerBy,
            Instant receiptDeadline,
            int receiptExtendedDays,
            String issueStatus,
            String issueReason,
            String endReason,
            Instant finishedAt) {}

    private final JdbcClient jdbc;

    AfterSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<Kind, Long> counts(CurrentAccount me) {
        var seller = me.requirePermission(Permission.ORDERS).value();
        var counts = new EnumMap<Kind, Long>(Kind.class);
        jdbc.sql("""
                        select count(*) filter (where order_status = 'IN_CANCEL'),
                               count(*) filter (where order_status = 'WAIT_BUYER_ACCEPT_GOODS'),
                               count(*) filter (where issue_status <> 'NO_ISSUE'),
                               count(*) filter (where fund_status = 'REFUNDED')
                        from orders where seller_id = ?""")
                .param(seller)
                .query((rs, n) -> {
                    var kinds = Kind.values();
                    for (int i = 0; i < kinds.length; i++) {
                        counts.put(kinds[i], rs.getLong(i + 1));
                    }
                    return counts;
                })
                .single();
        return counts;
    }

    @Transactional(readOnly = true)
    public Page<Case> list(CurrentAccount me, Kind kind, PageRequest page) {
        var seller = me.requirePermission(Permission.ORDERS).value();
        var from = " from orders o left join order_deadlines d on d.order_id = o.id and d.kind = 'CANCEL_ANSWER'"
                + " where o.seller_id = ? and " + kind.where;
        var total = jdbc.sql("select count(*)" + from)
                .param(seller)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "select o.*, d.due_at as answer_by" + from + " order by " + kind.order + " limit ? offset ?")
                .params(seller, page.size(), page.offset())
                .query(AfterSales::map)
                .list();
        return Page.of(items, page, total);
    }

    private static Case map(ResultSet rs, int n) throws SQLException {
        return new Case(
                rs.getLong("id"),
                rs.getString("order_status"),
                rs.getString("buyer_name"),
                new Money(rs.getLong("total_minor"), Currency.getInstance(rs.getString("currency"))),
                rs.getString("cancel_reason"),
                instant(rs.getTimestamp("answer_by")),
                instant(rs.getTimestamp("receipt_deadline")),
                rs.getInt("receipt_extended_days"),
                rs.getString("issue_status"),
                rs.getString("issue_reason"),
                rs.getString("end_reason"),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
