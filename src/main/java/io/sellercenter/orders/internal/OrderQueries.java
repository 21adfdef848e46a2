package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.InputText;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.PostalAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The seller's and the buyer's views of orders. */
@Service
@NamedInterface("gateway")
public class OrderQueries {

    public record LineView(
            long orderLineId,
            long productId,
            String skuCode,
            String title,
            GoodsType goodsType,
            Map<String, String> attributes,
            int quantity,
            int shippedQuantity,
            Money unitPrice,
            String shipFromCountry) {}

    public record Summary(
            long orderId,
            OrderStatus orderStatus,
            String buyerName,
            Money total,
            Instant createdAt,
            Instant shipByDeadline,
            Duration timeLeftToShip,
            boolean dueWithin24Hours,
            String buyerSelectedService,
            long unreadMessages,
            List<LineView> lines) {}

    /** An order with everything the seller or buyer sees on its page, flat as the API contract has it. */
    public record Detail(
            long orderId,
            OrderStatus orderStatus,
            String logisticsStatus,
            String fundStatus,
            String frozenStatus,
            String issueStatus,
            String endReason,
            String buyerName,
            Money total,
            Instant createdAt,
            Instant paidAt,
            Instant shipByDeadline,
            Duration timeLeftToShip,
            boolean dueWithin24Hours,
            String buyerSelectedService,
            long unreadMessages,
            PostalAddress shippingAddress,
            Instant receiptDeadline,
            int receiptExtendedDays,
            String cancelReason,
            List<LineView> lines,
            List<ShippingNotice> shipments,
            boolean serviceMismatchConfirmed) {}

    /**
     * Which orders a list shows: {@code q} matches the order number, the buyer's name or a tracking number, {@code
     * service} the buyer's chosen service; {@code urgentFirst} sorts by the ship-by deadline, the most urgent first.
     */
    public record Filter(
            OrderStatus status,
            Instant createdFrom,
            Instant createdTo,
            String q,
            Due due,
            boolean unread,
            String service,
            boolean urgentFirst,
            Set<OrderStatus> anyStatus) {
        public Filter {
            anyStatus = anyStatus == null ? Set.of() : Set.copyOf(anyStatus);
        }

        public Filter(OrderStatus status, Instant createdFrom, Instant createdTo, String q) {
            this(status, createdFrom, createdTo, q, null, false, null, false, Set.of());
        }
    }

    /** Orders whose ship-by deadline falls within the next 24 hours, or has passed. */
    public enum Due {
        SOON,
        OVERDUE
    }

    /** Buyer messages the seller has not read, selected with each order row. */
    private static final String UNREAD = """
            (select count(*) from order_messages m where m.order_id = o.id and m.sender = 'BUYER' and m.read_at is null)
              as unread_messages""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ShippingNotices notices;
    private final Clock clock;

    OrderQueries(JdbcClient jdbc, JsonMapper json, ShippingNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Summary> forSeller(CurrentAccount me, Filter filter, PageRequest page) {
        return forSeller(me, filter, page, Long.MAX_VALUE);
    }

    /**
     * A page whose total counts the matching orders only up to the next ten pages (one more tells there are more):
     * a search that matches a large seller's whole history costs a page, not the history.
     */
    @Transactional(readOnly = true)
    public Page<Summary> forSellerCountingAhead(CurrentAccount me, Filter filter, PageRequest page) {
        return forSeller(me, filter, page, page.offset() + 10L * page.size() + 1);
    }

    private Page<Summary> forSeller(CurrentAccount me, Filter filter, PageRequest page, long countUpTo) {
        var seller = me.requirePermission(Permission.ORDERS).value();
        var where = """
                 from orders o where o.seller_id = ?
                  and (cast(? as text) is null or o.order_status = ?)
                  and (cast(? as text[]) is null or o.order_status = any(cast(? as text[])))
                  and (cast(? as timestamptz) is null or o.created_at >= ?)
                  and (cast(? as timestamptz) is null or o.created_at < ?)
                  and (cast(? as text) is null or o.id::text = ? or o.buyer_name ilike ?
                       or exists (select 1 from shipping_notices n where n.order_id = o.id and n.tracking_no = ?))
                  and (cast(? as text) is null
                       or (? = 'SOON' and o.ship_by > ? and o.ship_by <= ?) or (? = 'OVERDUE' and o.ship_by <= ?))
                  and (? = false or exists (select 1 from order_messages m
                                            where m.order_id = o.id and m.sender = 'BUYER' and m.read_at is null))
                  and (cast(? as text) is null or o.logistics_service_code = ?)""";
        var status = filter.status() == null ? null : filter.status().name();
        var anyStatus = filter.anyStatus().isEmpty()
                ? null
                : filter.anyStatus().stream().map(Enum::name).toArray(String[]::new);
        var from = filter.createdFrom() == null ? null : Timestamp.from(filter.createdFrom());
        var to = filter.createdTo() == null ? null : Timestamp.from(filter.createdTo());
        var q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
        var buyerLike = q == null ? null : InputText.containing(q);
        var due = filter.due() == null ? null : filter.due().name();
        var now = Timestamp.from(clock.instant());
        var dayAhead = Timestamp.from(clock.instant().plusSeconds(24 * 3600));
        Object[] params = {
            seller,
            status,
            status,
            anyStatus,
            anyStatus,
            from,
            from,
            to,
            to,
            q,
            q,
            buyerLike,
            q,
            due,
            due,
            now,
            dayAhead,
            due,
            now,
            filter.unread(),
            filter.service(),
            filter.service()
        };
        var count = countUpTo == Long.MAX_VALUE
                ? "select count(*)" + where
                : "select count(*) from (select 1 " + where + " limit " + countUpTo + ") matching";
        var total = jdbc.sql(count).params(params).query(Long.class).single();
        var order = filter.urgentFirst()
                ? " order by o.ship_by nulls last, o.id"
                : " order by o.created_at desc, o.id desc";
        var rows = jdbc.sql("select o.*, " + UNREAD + " " + where + order + " limit " + page.size() + " offset "
                        + page.offset())
                .params(params)
                .query((rs, n) -> summary(rs))
                .list();
        return Page.of(withLines(rows), page, total);
    }

    /** How many of the seller's orders are in each status; statuses with none are left out. */
    @Transactional(readOnly = true)
    public Map<OrderStatus, Long> statusCounts(CurrentAccount me) {
        var seller = me.requirePermission(Permission.ORDERS).value();
        var counts = new EnumMap<OrderStatus, Long>(OrderStatus.class);
        jdbc.sql("select order_status, count(*) from orders where seller_id = ? group by order_status")
                .param(seller)
                .query((RowCallbackHandler) rs -> counts.put(OrderStatus.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    @Transactional(readOnly = true)
    public Detail forSellerDetail(CurrentAccount me, long orderId) {
        var seller = me.requirePermission(Permission.ORDERS).value();
        return detail("select o.*, " + UNREAD + " from orders o where o.id = ? and o.seller_id = ?", orderId, seller);
    }

    @Transactional(readOnly = true)
    public Page<Summary> forBuyer(CurrentAccount me, PageRequest page) {
        var buyer = me.requireBuyer();
        var total = jdbc.sql("select count(*) from orders where buyer_id = ?")
                .param(buyer)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select o.*, " + UNREAD
                        + " from orders o where o.buyer_id = ? order by o.id desc limit ? offset ?")
                .params(buyer, page.size(), page.offset())
                .query((rs, n) -> summary(rs))
                .list();
        return Page.of(withLines(rows), page, total);
    }

    @Transactional(readOnly = true)
    public Detail forBuyerDetail(CurrentAccount me, long orderId) {
        return detail(
                "select o.*, " + UNREAD + " from orders o where o.id = ? and o.buyer_id = ?",
                orderId,
                me.requireBuyer());
    }

    private Detail detail(String sql, long orderId, long owner) {
        return jdbc.sql(sql)
                .params(orderId, owner)
                .query((rs, n) -> {
                    var s = withLines(List.of(summary(rs))).getFirst();
                    return new Detail(
                            s.orderId(),
                            s.orderStatus(),
                            rs.getString("logistics_status"),
                            rs.getString("fund_status"),
                            rs.getString("frozen_status"),
                            rs.getString("issue_status"),
                            rs.getString("end_reason"),
                            s.buyerName(),
                            s.total(),
                            s.createdAt(),
                            instant(rs.getTimestamp("paid_at")),
                            s.shipByDeadline(),
                            s.timeLeftToShip(),
                            s.dueWithin24Hours(),
                            s.buyerSelectedService(),
                            s.unreadMessages(),
                            json.readValue(rs.getString("shipping_address"), PostalAddress.class),
                            instant(rs.getTimestamp("receipt_deadline")),
                            rs.getInt("receipt_extended_days"),
                            rs.getString("cancel_reason"),
                            s.lines(),
                            notices.forOrder(orderId),
                            rs.getTimestamp("service_mismatch_confirmed_at") != null);
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("order"));
    }

    private Summary summary(ResultSet rs) throws SQLException {
        var status = OrderStatus.valueOf(rs.getString("order_status"));
        var shipBy = instant(rs.getTimestamp("ship_by"));
        var waiting = status == OrderStatus.WAIT_SELLER_SEND_GOODS || status == OrderStatus.SELLER_PART_SEND_GOODS;
        Duration left = null;
        if (waiting && shipBy != null) {
            left = Duration.between(clock.instant(), shipBy);
            left = left.isNegative() ? Duration.ZERO : left;
        }
        var id = rs.getLong("id");
        return new Summary(
                id,
                status,
                rs.getString("buyer_name"),
                new Money(rs.getLong("total_minor"), Currency.getInstance(rs.getString("currency"))),
                rs.getTimestamp("created_at").toInstant(),
                shipBy,
                left,
                left != null && left.compareTo(Duration.ofHours(24)) <= 0,
                rs.getString("logistics_service_code"),
                rs.getLong("unread_messages"),
                List.of());
    }

    /** One query for the lines of a whole page (R-H11: attributes and quantities shown in the list). */
    private List<Summary> withLines(List<Summary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var ids = rows.stream().map(Summary::orderId).toArray(Long[]::new);
        var lines = jdbc
                .sql("""
                        select l.*, o.currency from order_lines l join orders o on o.id = l.order_id
                        where l.order_id = any(?) order by l.order_id, l.position""")
                .param(ids)
                .query((rs, n) -> Map.entry(
                        rs.getLong("order_id"),
                        new LineView(
                                rs.getLong("id"),
                                rs.getLong("product_id"),
                                rs.getString("sku_code"),
                                rs.getString("title"),
                                GoodsType.valueOf(rs.getString("goods_type")),
                                json.readValue(rs.getString("attributes"), new TypeReference<Map<String, String>>() {}),
                                rs.getInt("quantity"),
                                rs.getInt("shipped_quantity"),
                                new Money(
                                        rs.getLong("unit_price_minor"), Currency.getInstance(rs.getString("currency"))),
                                rs.getString("ship_from_country"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream()
                .map(s -> new Summary(
                        s.orderId(),
                        s.orderStatus(),
                        s.buyerName(),
                        s.total(),
                        s.createdAt(),
                        s.shipByDeadline(),
                        s.timeLeftToShip(),
                        s.dueWithin24Hours(),
                        s.buyerSelectedService(),
                        s.unreadMessages(),
                        lines.getOrDefault(s.orderId(), List.of())))
                .toList();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
