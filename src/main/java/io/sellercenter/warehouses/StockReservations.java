package io.sellercenter.warehouses;

import io.sellercenter.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
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

    /** Reserved stock leaves the warehouse with a shipment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ship(long warehouseId, String skuCode, int quantity) {
        var shipped = jdbc.sql("""
                        update inventory set reserved = reserved - ?, available = available - ?
                        where warehouse_id = ? and sku_code = ? and reserved >= ?""")
                .params(quantity, quantity, warehouseId, skuCode, quantity)
                .update();
        if (shipped == 0) {
            throw new StateConflictException("OUT_OF_STOCK", skuCode);
        }
        jdbc.sql("""
                        insert into inventory_movements (warehouse_id, sku_code, available_delta, in_transit_delta, reason, occurred_at)
                        values (?, ?, ?, 0, 'ORDER_SHIPPED', ?)""")
                .params(warehouseId, skuCode, -quantity, Timestamp.from(clock.instant()))
                .update();
    }
}
