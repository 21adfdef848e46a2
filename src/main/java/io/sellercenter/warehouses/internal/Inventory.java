package io.sellercenter.warehouses.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.shared.InputText;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.warehouses.Warehouse;
import io.sellercenter.warehouses.Warehouses;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per warehouse and SKU. Every change is one conditional SQL update, so concurrent changes
 * never lose one and stock never goes negative; each is recorded as a movement.
 */
@Service
public class Inventory {

    public record Stock(long warehouseId, String skuCode, int available, int inTransit, int reserved) {}

    public record InboundShipment(
            long shipmentId,
            long warehouseId,
            String mode,
            String firstLegTrackingNo,
            String status,
            List<InboundItem> items,
            Instant createdAt) {}

    public record InboundItem(String skuCode, int quantity, int received) {}

    private final JdbcClient jdbc;
    private final Warehouses warehouses;
    private final Clock clock;

    Inventory(JdbcClient jdbc, Warehouses warehouses, Clock clock) {
        this.jdbc = jdbc;
        this.warehouses = warehouses;
        this.clock = clock;
    }

    /** The seller's stock, by warehouse and SKU; {@code skuCode} narrows to SKU codes containing it. */
    @Transactional(readOnly = true)
    public Page<Stock> list(CurrentAccount me, Long warehouseId, String skuCode, PageRequest page) {
        var seller = me.requireSeller().value();
        if (warehouseId != null) {
            warehouse(seller, warehouseId);
        }
        var like = skuCode == null || skuCode.isBlank() ? null : InputText.containing(skuCode.strip());
        var where = """
                from inventory where seller_id = :seller and (cast(:warehouse as bigint) is null or warehouse_id = :warehouse)
                  and (cast(:sku as text) is null or sku_code ilike :sku)""";
        var items = jdbc.sql("select warehouse_id, sku_code, available, in_transit, reserved " + where
                        + " order by warehouse_id, sku_code limit :limit offset :offset")
                .param("seller", seller)
                .param("warehouse", warehouseId)
                .param("sku", like)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Stock(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
        var total = jdbc.sql("select count(*) " + where)
                .param("seller", seller)
                .param("warehouse", warehouseId)
                .param("sku", like)
                .query(Long.class)
                .single();
        return Page.of(items, page, total);
    }

    /** The seller's SKU codes known to inventory, for the pages' suggestions; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<String> skuCodes(CurrentAccount me, int limit) {
        return jdbc.sql("select sku_code from stock_skus where seller_id = ? order by sku_code limit ?")
                .params(me.requireSeller().value(), limit)
                .query(String.class)
                .list();
    }

    /** The seller's inbound shipments, newest first, optionally of one warehouse. */
    @Transactional(readOnly = true)
    public Page<InboundShipment> shipments(CurrentAccount me, Long warehouseId, PageRequest page) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        var ids = jdbc.sql("""
                        select id from inbound_shipments where seller_id = ? and (cast(? as bigint) is null or warehouse_id = ?)
                        order by id desc limit ? offset ?""")
                .params(seller, warehouseId, warehouseId, page.size(), page.offset())
                .query(Long.class)
                .list();
        var total = jdbc.sql(
                        "select count(*) from inbound_shipments where seller_id = ? and (cast(? as bigint) is null or warehouse_id = ?)")
                .params(seller, warehouseId, warehouseId)
                .query(Long.class)
                .single();
        return Page.of(ids.stream().map(id -> shipment(seller, id)).toList(), page, total);
    }

    /** Sets the counted stock of a domestic warehouse; overseas stock moves only through inbound shipments. */
    @Transactional
    public Stock count(CurrentAccount me, long warehouseId, String skuCode, int available) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        var warehouse = warehouse(seller, warehouseId);
        if (!warehouse.domestic()) {
            throw RuleViolationException.unnumbered("OVERSEAS_STOCK_BY_INBOUND_ONLY");
        }
        requireKnownSku(seller, skuCode, "skuCode");
        var previous = jdbc.sql("select available from inventory where warehouse_id = ? and sku_code = ? for update")
                .params(warehouseId, skuCode)
                .query(Integer.class)
                .optional()
                .orElse(0);
        var reserved = jdbc.sql("select reserved from inventory where warehouse_id = ? and sku_code = ?")
                .params(warehouseId, skuCode)
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (available < reserved) {
            throw new StateConflictException("BELOW_RESERVED", reserved);
        }
        jdbc.sql("""
                        insert into inventory (warehouse_id, sku_code, seller_id, available, in_transit) values (?, ?, ?, ?, 0)
                        on conflict (warehouse_id, sku_code) do update set available = excluded.available""").params(warehouseId, skuCode, seller, available).update();
        moved(warehouseId, skuCode, available - previous, 0, "COUNT");
        return stock(warehouseId, skuCode);
    }

    /** A first-leg shipment leaves China: its quantities count as in transit at the warehouse. */
    @Transactional
    public InboundShipment ship(
            CurrentAccount me, long warehouseId, String mode, String trackingNo, Map<String, Integer> items) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        warehouse(seller, warehouseId);
        items.keySet().forEach(sku -> requireKnownSku(seller, sku, "items"));
        var id = jdbc.sql("""
                        insert into inbound_shipments (version, seller_id, warehouse_id, mode, first_leg_tracking_no, status, created_at)
                        values (0, ?, ?, ?, ?, 'IN_TRANSIT', ?) returning id""")
                .params(seller, warehouseId, mode, trackingNo, Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        items.forEach((sku, quantity) -> {
            jdbc.sql("insert into inbound_items (shipment_id, sku_code, quantity, received) values (?, ?, ?, 0)")
                    .params(id, sku, quantity)
                    .update();
            jdbc.sql("""
                            insert into inventory (warehouse_id, sku_code, seller_id, available, in_transit) values (?, ?, ?, 0, ?)
                            on conflict (warehouse_id, sku_code) do update set in_transit = inventory.in_transit + excluded.in_transit""").params(warehouseId, sku, seller, quantity).update();
            moved(warehouseId, sku, 0, quantity, "INBOUND_SHIPPED");
        });
        return shipment(seller, id);
    }

    /** Receives (part of) a shipment: in transit becomes available. */
    @Transactional
    public InboundShipment receive(CurrentAccount me, long shipmentId, Map<String, Integer> items) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        var shipment = jdbc.sql("select warehouse_id from inbound_shipments where id = ? and seller_id = ? for update")
                .params(shipmentId, seller)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("inbound shipment"));
        items.forEach((sku, quantity) -> {
            var counted =
                    jdbc.sql("""
                            update inbound_items set received = received + ?
                            where shipment_id = ? and sku_code = ? and received + ? <= quantity""").params(quantity, shipmentId, sku, quantity).update();
            if (counted == 0) {
                throw new StateConflictException("RECEIVED_MORE_THAN_SHIPPED", sku);
            }
            jdbc.sql("""
                            update inventory set in_transit = in_transit - ?, available = available + ?
                            where warehouse_id = ? and sku_code = ?""").params(quantity, quantity, shipment, sku).update();
            moved(shipment, sku, quantity, -quantity, "INBOUND_RECEIVED");
        });
        jdbc.sql("""
                        update inbound_shipments set version = version + 1, status = case
                          when (select bool_and(received = quantity) from inbound_items where shipment_id = ?) then 'RECEIVED'
                          else 'PARTIALLY_RECEIVED' end
                        where id = ?""").params(shipmentId, shipmentId).update();
        return shipment(seller, shipmentId);
    }

    /** Receives whatever of the shipment is still in transit. */
    @Transactional
    public InboundShipment receiveRest(CurrentAccount me, long shipmentId) {
        var seller = me.requirePermission(Permission.WAREHOUSES).value();
        var rest = new LinkedHashMap<String, Integer>();
        shipment(seller, shipmentId).items().stream()
                .filter(i -> i.received() < i.quantity())
                .forEach(i -> rest.put(i.skuCode(), i.quantity() - i.received()));
        if (rest.isEmpty()) {
            throw new StateConflictException("RECEIVED_MORE_THAN_SHIPPED", "—");
        }
        return receive(me, shipmentId, rest);
    }

    @Transactional(readOnly = true)
    public InboundShipment shipment(long seller, long shipmentId) {
        var items = jdbc.sql(
                        "select sku_code, quantity, received from inbound_items where shipment_id = ? order by sku_code")
                .param(shipmentId)
                .query((rs, n) -> new InboundItem(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
        return jdbc.sql("""
                        select id, warehouse_id, mode, first_leg_tracking_no, status, created_at
                        from inbound_shipments where id = ? and seller_id = ?""")
                .params(shipmentId, seller)
                .query((rs, n) -> new InboundShipment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        items,
                        rs.getTimestamp(6).toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("inbound shipment"));
    }

    /** Available plus in transit of all SKUs at the warehouse (R-W7: goods in transit count). */
    @Transactional(readOnly = true)
    public long overseasStock(long warehouseId) {
        return jdbc.sql("select coalesce(sum(available + in_transit), 0) from inventory where warehouse_id = ?")
                .param(warehouseId)
                .query(Long.class)
                .single();
    }

    private Stock stock(long warehouseId, String skuCode) {
        return jdbc.sql(
                        "select warehouse_id, sku_code, available, in_transit, reserved from inventory where warehouse_id = ? and sku_code = ?")
                .params(warehouseId, skuCode)
                .query((rs, n) -> new Stock(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    private Warehouse warehouse(long seller, long warehouseId) {
        return warehouses.find(new SellerId(seller), warehouseId).orElseThrow(() -> new NotFoundException("warehouse"));
    }

    private void requireKnownSku(long seller, String skuCode, String field) {
        var known = jdbc.sql("select count(*) > 0 from stock_skus where seller_id = ? and sku_code = ?")
                .params(seller, skuCode)
                .query(Boolean.class)
                .single();
        if (!known) {
            throw new InvalidInputException(
                    List.of(new InvalidInputException.FieldError(field, "UNKNOWN_SKU", List.of(skuCode))));
        }
    }

    private void moved(long warehouseId, String sku, int availableDelta, int inTransitDelta, String reason) {
        jdbc.sql("""
                        insert into inventory_movements (warehouse_id, sku_code, available_delta, in_transit_delta, reason, occurred_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(warehouseId, sku, availableDelta, inTransitDelta, reason, Timestamp.from(clock.instant()))
                .update();
    }
}
