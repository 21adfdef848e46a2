package io.sellercenter.shipping;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The read side of logistics orders: always the seller's own, never locked. */
@Service
@Transactional(readOnly = true)
public class LogisticsOrderQueries {

    private static final String SELECT = """
            select l.*, w.name as w_name, w.sort_code as w_sort_code, w.address as w_address, w.postal_prefixes as w_prefixes,
                   w.contact_person as w_contact, w.phone as w_phone, w.opening_hours as w_hours,
                   c.return_fee_minor, c.third_party_system_url
            from logistics_orders l
            join transit_warehouses w on w.code = l.transit_warehouse_code
            join logistics_channels c on c.service_code = l.service_code""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LogisticsOrderQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public LogisticsOrderView find(SellerId sellerId, long id) {
        return jdbc.sql(SELECT + " where l.id = ? and l.seller_id = ?")
                .params(id, sellerId.value())
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("logistics order"));
    }

    /** The live logistics orders of an order, one per shipment, in shipment order. */
    public List<LogisticsOrderView> forOrder(SellerId sellerId, long orderId) {
        return jdbc.sql(
                        SELECT
                                + " where l.order_id = ? and l.seller_id = ? and l.status <> 'CANCELLED' order by l.shipment_no")
                .params(orderId, sellerId.value())
                .query(this::map)
                .list();
    }

    /** How many live logistics orders each of these orders has. */
    public Map<Long, Integer> liveCounts(SellerId sellerId, long[] orderIds) {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("""
                        select order_id, count(*) from logistics_orders
                        where seller_id = ? and order_id = any(?) and status <> 'CANCELLED' group by order_id""").params(sellerId.value(), orderIds).query((RowCallbackHandler)
                rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    /** The seller's logistics orders among {@code ids}, by id; others' and unknown ones are left out. */
    public Map<Long, LogisticsOrderView> findAll(SellerId sellerId, List<Long> ids) {
        var found = new HashMap<Long, LogisticsOrderView>();
        jdbc.sql(SELECT + " where l.id = any(?) and l.seller_id = ?")
                .params(ids.stream().mapToLong(Long::longValue).toArray(), sellerId.value())
                .query(this::map)
                .list()
                .forEach(v -> found.put(v.logisticsOrderId(), v));
        return found;
    }

    /** The live logistics orders of these orders, in the order given; orders without one are left out. */
    public List<LogisticsOrderView> forOrders(SellerId sellerId, long[] orderIds) {
        return jdbc.sql(SELECT + " join unnest(?::bigint[]) with ordinality u(order_id, n) on u.order_id = l.order_id"
                        + " where l.seller_id = ? and l.status <> 'CANCELLED' order by u.n")
                .params(orderIds, sellerId.value())
                .query(this::map)
                .list();
    }

    /**
     * The seller's logistics orders in any of {@code statuses} (all when empty), newest first; {@code q} holds one or
     * more order numbers, LP numbers or waybills, separated by spaces, commas or new lines (R-H15: find many at once).
     */
    public Page<LogisticsOrderView> list(
            SellerId sellerId, Set<LogisticsOrderStatus> statuses, String q, PageRequest page) {
        var where = """
                 where l.seller_id = ? and (cardinality(?::text[]) = 0 or l.status = any(?::text[]))
                   and (cardinality(?::text[]) = 0 or l.order_id = any(?::bigint[]) or l.lp_number = any(?::text[])
                        or l.intl_tracking_no = any(?::text[]))""";
        var s = statuses.stream().map(Enum::name).toArray(String[]::new);
        var tokens = searchTokens(q);
        var numbers = Arrays.stream(tokens)
                .filter(t -> t.matches("[0-9]{1,18}"))
                .map(Long::valueOf)
                .toArray(Long[]::new);
        Object[] params = {sellerId.value(), s, s, tokens, numbers, tokens, tokens};
        var total = jdbc.sql("select count(*) from logistics_orders l " + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        SELECT + " " + where + " order by l.id desc limit " + page.size() + " offset " + page.offset())
                .params(params)
                .query(this::map)
                .list();
        return Page.of(items, page, total);
    }

    /** How many of the seller's logistics orders are in each status; statuses with none are left out. */
    public Map<LogisticsOrderStatus, Long> counts(SellerId sellerId) {
        var counts = new EnumMap<LogisticsOrderStatus, Long>(LogisticsOrderStatus.class);
        jdbc.sql("select status, count(*) from logistics_orders where seller_id = ? group by status")
                .param(sellerId.value())
                .query((RowCallbackHandler)
                        rs -> counts.put(LogisticsOrderStatus.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    private static String[] searchTokens(String q) {
        return q == null || q.isBlank() ? new String[0] : q.trim().split("[\\s,;，；]+");
    }

    private LogisticsOrderView map(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        var actual = rs.getObject("actual_freight_minor");
        var status = LogisticsOrderStatus.valueOf(rs.getString("status"));
        var thirdParty = rs.getString("third_party_system_url");
        return new LogisticsOrderView(
                rs.getLong("id"),
                rs.getLong("order_id"),
                rs.getString("lp_number"),
                rs.getString("intl_tracking_no"),
                rs.getString("service_code"),
                status,
                Handover.valueOf(rs.getString("pickup_type")),
                UndeliverableDecision.valueOf(rs.getString("undeliverable_decision")),
                new Money(rs.getLong("estimated_freight_minor"), currency),
                actual == null ? null : new Money(((Number) actual).longValue(), currency),
                new Money(rs.getLong("return_fee_minor"), currency),
                new TransitWarehouse(
                        rs.getString("transit_warehouse_code"),
                        rs.getString("w_name"),
                        rs.getString("w_sort_code"),
                        rs.getString("w_address"),
                        LogisticsServices.split(rs.getString("w_prefixes")),
                        rs.getString("w_contact"),
                        rs.getString("w_phone"),
                        rs.getString("w_hours")),
                rs.getTimestamp("created_at").toInstant(),
                status == LogisticsOrderStatus.CANCELLED || thirdParty != null ? null : labelUrl(rs.getLong("id")),
                rs.getInt("shipment_no"),
                rs.getString("items") == null
                        ? null
                        : json.readValue(rs.getString("items"), new TypeReference<Map<Long, Integer>>() {}),
                thirdParty,
                rs.getString("domestic_carrier"),
                rs.getString("domestic_tracking_no"));
    }

    static String labelUrl(long id) {
        return "/api/v1/logistics-orders/" + id + "/label";
    }
}
