package io.sellercenter.orders.internal;

import io.sellercenter.warehouses.FulfilmentFees;
import io.sellercenter.warehouses.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class OverseasFulfilmentRepository {

    private static final TypeReference<LinkedHashMap<Long, Integer>> ITEMS = new TypeReference<>() {};
    private static final TypeReference<List<FulfilmentFees.Fee>> FEES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OverseasFulfilmentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    OverseasFulfilment insert(
            long seller,
            long orderId,
            Warehouse warehouse,
            Map<Long, Integer> items,
            List<FulfilmentFees.Fee> fees,
            Instant now) {
        var id = jdbc.sql("""
                        insert into overseas_fulfilments (seller_id, order_id, warehouse_id, warehouse_kind, status, items, fees, requested_at)
                        values (?, ?, ?, ?, 'REQUESTED', ?::jsonb, ?::jsonb, ?) returning id""")
                .params(
                        seller,
                        orderId,
                        warehouse.warehouseId(),
                        warehouse.kind().name(),
                        json.writeValueAsString(items),
                        json.writeValueAsString(fees),
                        Timestamp.from(now))
                .query(Long.class)
                .single();
        return lockById(id).orElseThrow();
    }

    Optional<OverseasFulfilment> live(long orderId, long warehouseId) {
        return jdbc.sql(
                        "select * from overseas_fulfilments where order_id = ? and warehouse_id = ? and status = 'REQUESTED'")
                .params(orderId, warehouseId)
                .query(this::map)
                .optional();
    }

    Optional<OverseasFulfilment> lockById(long id) {
        return jdbc.sql("select * from overseas_fulfilments where id = ? for update")
                .param(id)
                .query(this::map)
                .optional();
    }

    Optional<OverseasFulfilment> find(long seller, long id) {
        return jdbc.sql("select * from overseas_fulfilments where id = ? and seller_id = ?")
                .params(id, seller)
                .query(this::map)
                .optional();
    }

    List<OverseasFulfilment> forOrder(long seller, long orderId) {
        return jdbc.sql("select * from overseas_fulfilments where order_id = ? and seller_id = ? order by id")
                .params(orderId, seller)
                .query(this::map)
                .list();
    }

    void shipped(long id, String serviceName, String trackingNo, String carrier, long noticeId, Instant at) {
        jdbc.sql("""
                        update overseas_fulfilments set status = 'SHIPPED', service_name = ?, tracking_no = ?, carrier = ?,
                          notice_id = ?, shipped_at = ? where id = ?""")
                .params(serviceName, trackingNo, carrier, noticeId, Timestamp.from(at), id)
                .update();
    }

    /** An order that ends unshipped takes its waiting outbound orders with it. */
    void cancelLive(long orderId, Instant at) {
        jdbc.sql(
                        "update overseas_fulfilments set status = 'CANCELLED', cancelled_at = ? where order_id = ? and status = 'REQUESTED'")
                .params(Timestamp.from(at), orderId)
                .update();
    }

    void cancelled(long id, Instant at) {
        jdbc.sql("update overseas_fulfilments set status = 'CANCELLED', cancelled_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    private OverseasFulfilment map(ResultSet rs, int n) throws SQLException {
        return new OverseasFulfilment(
                rs.getLong("id"),
                rs.getLong("seller_id"),
                rs.getLong("order_id"),
                rs.getLong("warehouse_id"),
                Warehouse.Kind.valueOf(rs.getString("warehouse_kind")),
                OverseasFulfilment.Status.valueOf(rs.getString("status")),
                json.readValue(rs.getString("items"), ITEMS),
                json.readValue(rs.getString("fees"), FEES),
                rs.getString("service_name"),
                rs.getString("tracking_no"),
                rs.getString("carrier"),
                (Long) rs.getObject("notice_id"),
                rs.getTimestamp("requested_at").toInstant(),
                instant(rs.getTimestamp("shipped_at")),
                instant(rs.getTimestamp("cancelled_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
