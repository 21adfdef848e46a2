package io.sellercenter.warehouses;

import io.sellercenter.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock held for orders: reserved when an order is placed, released when it is cancelled, taken
 * out when it ships. Each is one conditional update, so racing buyers never oversell.
 */
@Service
public class StockReservations {

    private final JdbcClient jdbc;
    private final Clock clock;

    StockReservations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reserves or refuses with 409 OUT_OF_STOCK naming the SKU. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(long warehouseId, String skuCode, int quantity) {
        var reserved =
                jdbc.sql("""
                        update inventory set reserved = reserved + ?
                        where warehouse_id = ? and sku_code = ? and available - reserved >= ?""").params(quantity, warehouseId, skuCode, quantity).update();
        if (reserved == 0) {
            throw new StateConflictException("OUT_OF_STOCK", skuCode);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long warehouseId, String skuCode, int quantity) {
        jdbc.sql(
                        "update inventory set reserved = reserved - ? where warehouse_id = ? and sku_code = ? and reserved >= ?")
                .params(quantity, warehouseId, skuCode, quantity)
                .update();
    }

    /** Stock of one SKU at one warehouse leaving with a shipment. */
    public record Shipped(long warehouseId, String skuCode, int quantity) {}

    /** Reserved stock leaves with many shipments: one conditional update per SKU and warehouse, a movement per shipment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shipAll(List<Shipped> shipped) {
        if (shipped.isEmpty()) {
            return;
        }
        var totals = new LinkedHashMap<Map.Entry<Long, String>, Integer>();
        shipped.forEach(s -> totals.merge(Map.entry(s.warehouseId(), s.skuCode()), s.quantity(), Integer::sum));
        var keys = List.copyOf(totals.keySet());
        var moved = jdbc.sql("""
                        update inventory i set reserved = i.reserved - u.q, available = i.available - u.q
                        from unnest(?::bigint[], ?::text[], ?::int[]) u(w, s, q)
                        where i.warehouse_id = u.w and i.sku_code = u.s and i.reserved >= u.q""")
                .params(
                        keys.stream().mapToLong(Map.Entry::getKey).toArray(),
                        keys.stream().map(Map.Entry::getValue).toArray(String[]::new),
                        keys.stream().mapToInt(totals::get).toArray())
                .update();
        if (moved != keys.size()) {
            throw new StateConflictException("OUT_OF_STOCK", keys.getFirst().getValue());
        }
        jdbc.sql("""
                        insert into inventory_movements (warehouse_id, sku_code, available_delta, in_transit_delta, reason, occurred_at)
                        select u.w, u.s, -u.q, 0, 'ORDER_SHIPPED', ? from unnest(?::bigint[], ?::text[], ?::int[]) u(w, s, q)""")
                .params(
                        Timestamp.from(clock.instant()),
                        shipped.stream().mapToLong(Shipped::warehouseId).toArray(),
                        shipped.stream().map(Shipped::skuCode).toArray(String[]::new),
                        shipped.stream().mapToInt(Shipped::quantity).toArray())
                .update();
    }
}
