package io.sellercenter.orders.internal;

import io.sellercenter.orders.OrderStatus;
import io.sellercenter.orders.OrderStatusChanged;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.StateConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Loads and saves orders with their lines; a save with a stale version is refused (409). */
@Repository
class Orders {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    Orders(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    record NewLine(
            long productId,
            String skuCode,
            String title,
            GoodsType goodsType,
            Map<String, String> attributes,
            int quantity,
            Money unitPrice,
            int handlingDays,
            long warehouseId,
            String shipFromCountry) {}

    long insert(
            long sellerId,
            long storeId,
            long buyerId,
            String buyerName,
            String logisticsServiceCode,
            String addressJson,
            String country,
            Money total,
            Instant at,
            List<NewLine> lines) {
        var id = jdbc.sql("""
                        insert into orders (version, seller_id, store_id, buyer_id, buyer_name, order_status, logistics_status,
                          fund_status, frozen_status, issue_status, logistics_service_code, shipping_address, destination_country,
                          total_minor, currency, created_at)
                        values (0, ?, ?, ?, ?, 'PLACE_ORDER_SUCCESS', 'NO_LOGISTICS', 'NOT_PAY', 'NO_FROZEN', 'NO_ISSUE', ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(
                        sellerId,
                        storeId,
                        buyerId,
                        buyerName,
                        logisticsServiceCode,
                        addressJson,
                        country,
                        total.minorUnits(),
                        total.currency().getCurrencyCode(),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
        for (int i = 0; i < lines.size(); i++) {
            var l = lines.get(i);
            jdbc.sql("""
                            insert into order_lines (order_id, position, product_id, sku_code, title, goods_type, attributes, quantity,
                              unit_price_minor, handling_days, warehouse_id, ship_from_country)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            i,
                            l.productId(),
                            l.skuCode(),
                            l.title(),
                            l.goodsType().name(),
                            json.writeValueAsString(l.attributes()),
                            l.quantity(),
                            l.unitPrice().minorUnits(),
                            l.handlingDays(),
                            l.warehouseId(),
                            l.shipFromCountry())
                    .update();
        }
        return id;
    }

    /** The order, locked for this transaction. */
    Optional<Order> lock(long orderId) {
        return jdbc.sql("select * from orders where id = ? for update")
                .param(orderId)
                .query(this::map)
                .optional();
    }

    Order forSeller(long sellerId, long orderId) {
        return jdbc.sql("select * from orders where id = ? and seller_id = ? for update")
                .params(orderId, sellerId)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("order"));
    }

    Order forBuyer(long buyerId, long orderId) {
        return jdbc.sql("select * from orders where id = ? and buyer_id = ? for update")
                .params(orderId, buyerId)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("order"));
    }

    void save(Order o, Instant now) {
        saveAll(List.of(o), now);
    }

    /** Saves orders in two batched statements; a stale version anywhere refuses all (409). */
    void saveAll(List<Order> all, Instant now) {
        var saved = batch.batchUpdate(
                """
                update orders set version = version + 1, order_status = ?, previous_status = ?, logistics_status = ?,
                  fund_status = ?, frozen_status = ?, issue_status = ?, end_reason = ?, paid_at = ?, ship_by = ?,
                  receipt_deadline = ?, receipt_extended_days = ?, cancel_reason = ?, issue_reason = ?,
                  logistics_service_code = ?, service_mismatch_confirmed_at = ?,
                  finished_at = case when ? = 'FINISH' then coalesce(finished_at, ?) end
                where id = ? and version = ?""",
                all.stream()
                        .map(o -> new Object[] {
                            o.status.name(),
                            o.previousStatus == null ? null : o.previousStatus.name(),
                            o.logisticsStatus,
                            o.fundStatus,
                            o.frozenStatus,
                            o.issueStatus,
                            o.endReason,
                            ts(o.paidAt),
                            ts(o.shipBy),
                            ts(o.receiptDeadline),
                            o.receiptExtendedDays,
                            o.cancelReason,
                            o.issueReason,
                            o.logisticsServiceCode,
                            ts(o.serviceMismatchConfirmedAt),
                            o.status.name(),
                            Timestamp.from(now),
                            o.id,
                            o.version
                        })
                        .toList());
        if (Arrays.stream(saved).anyMatch(n -> n == 0)) {
            throw new StateConflictException("ORDER_CHANGED_CONCURRENTLY");
        }
        for (var o : all) {
            if (o.status != o.savedStatus) {
                events.publishEvent(new OrderStatusChanged(o.id, o.sellerId, o.savedStatus, o.status));
                o.savedStatus = o.status;
            }
        }
        batch.batchUpdate(
                "update order_lines set shipped_quantity = ? where id = ?",
                all.stream()
                        .flatMap(o -> o.lines.stream())
                        .map(l -> new Object[] {l.shippedQuantity(), l.lineId()})
                        .toList());
    }

    /** The seller's orders among {@code ids} with their lines, locked in id order. */
    Map<Long, Order> lockAll(long sellerId, long[] ids) {
        var found = new LinkedHashMap<Long, Order>();
        jdbc.sql("select * from orders where seller_id = ? and id = any(?) order by id for update")
                .params(sellerId, ids)
                .query((rs, n) -> map(rs, n, List.of()))
                .list()
                .forEach(o -> found.put(o.id, o));
        var lines = new HashMap<Long, List<Order.Line>>();
        jdbc.sql("select * from order_lines where order_id = any(?) order by order_id, position")
                .param(found.keySet().stream().mapToLong(Long::longValue).toArray())
                .query((rs, n) -> {
                    lines.computeIfAbsent(rs.getLong("order_id"), k -> new ArrayList<>())
                            .add(line(
                                    rs, found.get(rs.getLong("order_id")).total.currency()));
                    return null;
                })
                .list();
        found.forEach((id, o) -> o.lines = lines.getOrDefault(id, List.of()));
        return found;
    }

    private Order map(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        return map(
                rs,
                row,
                jdbc.sql("select * from order_lines where order_id = ? order by position")
                        .param(rs.getLong("id"))
                        .query((l, n) -> line(l, currency))
                        .list());
    }

    private Order.Line line(ResultSet l, Currency currency) throws SQLException {
        return new Order.Line(
                l.getLong("id"),
                l.getLong("product_id"),
                l.getString("sku_code"),
                l.getString("title"),
                GoodsType.valueOf(l.getString("goods_type")),
                json.readValue(l.getString("attributes"), new TypeReference<Map<String, String>>() {}),
                l.getInt("quantity"),
                l.getInt("shipped_quantity"),
                new Money(l.getLong("unit_price_minor"), currency),
                l.getInt("handling_days"),
                l.getLong("warehouse_id"),
                l.getString("ship_from_country"));
    }

    private Order map(ResultSet rs, int row, List<Order.Line> lines) throws SQLException {
        var id = rs.getLong("id");
        var currency = Currency.getInstance(rs.getString("currency"));
        return new Order(
                id,
                rs.getInt("version"),
                rs.getLong("seller_id"),
                rs.getLong("store_id"),
                rs.getLong("buyer_id"),
                rs.getString("buyer_name"),
                OrderStatus.valueOf(rs.getString("order_status")),
                rs.getString("previous_status") == null ? null : OrderStatus.valueOf(rs.getString("previous_status")),
                rs.getString("logistics_status"),
                rs.getString("fund_status"),
                rs.getString("frozen_status"),
                rs.getString("issue_status"),
                rs.getString("end_reason"),
                rs.getString("logistics_service_code"),
                rs.getString("shipping_address"),
                rs.getString("destination_country"),
                new Money(rs.getLong("total_minor"), currency),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "paid_at"),
                instant(rs, "ship_by"),
                instant(rs, "receipt_deadline"),
                rs.getInt("receipt_extended_days"),
                rs.getString("cancel_reason"),
                rs.getString("issue_reason"),
                instant(rs, "finished_at"),
                instant(rs, "service_mismatch_confirmed_at"),
                lines);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
