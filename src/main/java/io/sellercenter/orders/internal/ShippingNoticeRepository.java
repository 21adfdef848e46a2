package io.sellercenter.orders.internal;

import io.sellercenter.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Shipping notices in the database: written many at once, read per order. */
@Repository
class ShippingNoticeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ShippingNoticeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the notices (their ids ignored) in one statement; returns them with their ids, in the same order. */
    List<ShippingNotice> insertAll(long sellerId, List<ShippingNotice> notices, Instant now) {
        var ids = new HashMap<Long, Long>();
        jdbc.sql("""
                        insert into shipping_notices (order_id, seller_id, send_type, service_name, tracking_no, carrier,
                          tracking_website, offline, platform_compensation, items, created_at)
                        select u.order_id, ?, u.send_type, u.service_name, u.tracking_no, u.carrier, u.website, u.offline,
                          not u.offline, u.items, ?
                        from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[])
                          as u(order_id, send_type, service_name, tracking_no, carrier, website, offline, items)
                        returning order_id, id""")
                .params(
                        sellerId,
                        Timestamp.from(now),
                        notices.stream().mapToLong(ShippingNotice::orderId).toArray(),
                        notices.stream().map(n -> n.sendType().name()).toArray(String[]::new),
                        notices.stream().map(ShippingNotice::serviceName).toArray(String[]::new),
                        notices.stream().map(ShippingNotice::trackingNo).toArray(String[]::new),
                        notices.stream().map(ShippingNotice::carrier).toArray(String[]::new),
                        notices.stream().map(ShippingNotice::trackingWebsite).toArray(String[]::new),
                        notices.stream().map(ShippingNotice::offline).toArray(Boolean[]::new),
                        notices.stream()
                                .map(n -> json.writeValueAsString(n.items()))
                                .toArray(String[]::new))
                .query((RowCallbackHandler) rs -> ids.put(rs.getLong(1), rs.getLong(2)));
        return notices.stream()
                .map(n -> new ShippingNotice(
                        ids.get(n.orderId()),
                        n.orderId(),
                        n.sendType(),
                        n.serviceName(),
                        n.trackingNo(),
                        n.carrier(),
                        n.trackingWebsite(),
                        n.offline(),
                        !n.offline(),
                        n.items(),
                        now,
                        null))
                .toList();
    }

    void correct(long noticeId, String serviceName, String trackingNo, String carrier, String website, Instant now) {
        jdbc.sql("""
                        update shipping_notices set service_name = ?, tracking_no = ?, carrier = ?, tracking_website = ?, modified_at = ?
                        where id = ?""")
                .params(serviceName, trackingNo, carrier, website, Timestamp.from(now), noticeId)
                .update();
    }

    List<ShippingNotice> forOrder(long orderId) {
        return jdbc.sql("select * from shipping_notices where order_id = ? order by id")
                .param(orderId)
                .query(this::map)
                .list();
    }

    ShippingNotice find(long orderId, long noticeId) {
        return jdbc.sql("select * from shipping_notices where order_id = ? and id = ?")
                .params(orderId, noticeId)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("shipping notice"));
    }

    /** How many online shipping notices each of these orders has: one per logistics order declared. */
    Map<Long, Integer> onlineCounts(long[] orderIds) {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("""
                        select order_id, count(*) from shipping_notices
                        where order_id = any(?) and not offline group by order_id""").param(orderIds).query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    private ShippingNotice map(ResultSet rs, int row) throws SQLException {
        var modified = rs.getTimestamp("modified_at");
        return new ShippingNotice(
                rs.getLong("id"),
                rs.getLong("order_id"),
                ShippingNotice.SendType.valueOf(rs.getString("send_type")),
                rs.getString("service_name"),
                rs.getString("tracking_no"),
                rs.getString("carrier"),
                rs.getString("tracking_website"),
                rs.getBoolean("offline"),
                rs.getBoolean("platform_compensation"),
                json.readValue(rs.getString("items"), new TypeReference<Map<Long, Integer>>() {}),
                rs.getTimestamp("created_at").toInstant(),
                modified == null ? null : modified.toInstant());
    }
}
