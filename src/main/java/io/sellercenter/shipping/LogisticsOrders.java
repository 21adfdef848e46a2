package io.sellercenter.shipping;

import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Logistics orders (R-H5…R-H8, R-H10): one live per order, with its waybill number (UPU S10 for
 * postal channels, the channel's own form otherwise) and the estimated freight held on the deduction
 * account, all in the caller's transaction: nothing half-written, never a second waybill.
 */
@Service
public class LogisticsOrders {

    public enum Status {
        CREATED,
        AWAITING_PICKUP,
        AWAITING_DROP_OFF,
        RECEIVED,
        DISPATCHED,
        IN_TRANSIT,
        DELIVERED,
        UNDELIVERABLE,
        RETURNED,
        DESTROYED,
        CANCELLED
    }

    /** What the seller asks for, checked by the order side for the order's own rules. */
    public record Request(
            long sellerId,
            long orderId,
            String serviceCode,
            String goodsType,
            Map<String, String> receiver,
            Map<String, String> sender,
            Map<String, String> pickupAddress,
            List<Map<String, Object>> declaredItems,
            LogisticsServices.Parcel parcel,
            String pickupType,
            String undeliverableDecision,
            String destinationCountry) {}

    public record View(
            long logisticsOrderId,
            long orderId,
            String lpNumber,
            String intlTrackingNo,
            String serviceCode,
            Status status,
            String pickupType,
            String undeliverableDecision,
            Money estimatedFreight,
            Money actualFreight,
            Money returnFee,
            TransitWarehouse transitWarehouse,
            Instant createdAt,
            String labelUrl) {}

    private final JdbcClient jdbc;
    private final LogisticsServices services;
    private final FreightAccounts freight;
    private final JsonMapper json;
    private final Clock clock;

    LogisticsOrders(
            JdbcClient jdbc, LogisticsServices services, FreightAccounts freight, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.freight = freight;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public View create(Request r) {
        if (!freight.bound(r.sellerId())) {
            throw new RuleViolationException("R-H2", "DEDUCTION_ACCOUNT_NOT_BOUND");
        }
        var channel = services.channel(r.serviceCode())
                .filter(Channel::enabled)
                .orElseThrow(() -> new InvalidInputException("serviceCode", "UNKNOWN_SERVICE"));
        var option = services
                .options(
                        r.parcel(),
                        r.destinationCountry(),
                        Set.of(r.goodsType()),
                        null,
                        postalCode(r.pickupAddress(), r.sender()))
                .stream()
                .filter(o -> o.serviceCode().equals(channel.serviceCode()))
                .findFirst()
                .orElseThrow();
        if (option.unavailableReason() != null) {
            throw new RuleViolationException(
                    option.unavailableReason().equals("GOODS_TYPE_NOT_ACCEPTED") ? "R-H4" : "R-H3",
                    option.unavailableReason());
        }
        TransitWarehouse warehouse;
        if (r.pickupType().equals("DOOR_PICKUP")) {
            if (!option.pickupAvailable()) {
                throw new RuleViolationException("R-H6", "PICKUP_NOT_AVAILABLE");
            }
            warehouse = option.transitWarehouse();
        } else {
            warehouse = services.collecting(postalCode(null, r.sender())).orElse(option.transitWarehouse());
        }
        var waybill = channel.kind() == Channel.Kind.POSTAL
                ? S10.of(channel.waybillPrefix(), next("s10_serial"), "CN")
                : channel.waybillPrefix() + String.format("%014d", next("waybill_serial"));
        var lp = "LP" + String.format("%014d", next("waybill_serial"));
        var status = r.pickupType().equals("DOOR_PICKUP") ? Status.AWAITING_PICKUP : Status.AWAITING_DROP_OFF;
        long id;
        try {
            id = jdbc.sql("""
                            insert into logistics_orders (version, seller_id, order_id, service_code, lp_number, intl_tracking_no, status,
                              pickup_type, undeliverable_decision, transit_warehouse_code, goods_type, destination_country, receiver, sender, pickup_address,
                              declared_items, package, estimated_freight_minor, currency, created_at)
                            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            r.sellerId(),
                            r.orderId(),
                            channel.serviceCode(),
                            lp,
                            waybill,
                            status.name(),
                            r.pickupType(),
                            r.undeliverableDecision(),
                            warehouse.code(),
                            r.goodsType(),
                            r.destinationCountry(),
                            json.writeValueAsString(r.receiver()),
                            json.writeValueAsString(r.sender()),
                            r.pickupAddress() == null ? null : json.writeValueAsString(r.pickupAddress()),
                            json.writeValueAsString(r.declaredItems()),
                            json.writeValueAsString(r.parcel()),
                            option.estimatedFreight().minorUnits(),
                            option.estimatedFreight().currency().getCurrencyCode(),
                            Timestamp.from(clock.instant()))
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new StateConflictException("LOGISTICS_ORDER_EXISTS");
        }
        freight.hold(r.sellerId(), "logistics:" + id, option.estimatedFreight());
        return find(r.sellerId(), id);
    }

    /** Cancels before the parcel is received; the freight hold is released (R-H2). */
    @Transactional
    public View cancel(long sellerId, long id) {
        var current = find(sellerId, id);
        var cancellable = Set.of(Status.CREATED, Status.AWAITING_PICKUP, Status.AWAITING_DROP_OFF);
        if (!cancellable.contains(current.status())) {
            throw StateConflictException.illegalTransition(current.status(), Status.CANCELLED);
        }
        var moved = jdbc.sql("""
                        update logistics_orders set version = version + 1, status = 'CANCELLED', cancelled_at = ?
                        where id = ? and status in ('CREATED', 'AWAITING_PICKUP', 'AWAITING_DROP_OFF')""").params(Timestamp.from(clock.instant()), id).update();
        if (moved == 1) {
            freight.release(sellerId, "logistics:" + id, current.estimatedFreight());
        }
        return find(sellerId, id);
    }

    @Transactional(readOnly = true)
    public View find(long sellerId, long id) {
        return jdbc.sql(SELECT + " where l.id = ? and l.seller_id = ?")
                .params(id, sellerId)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("logistics order"));
    }

    /** The live logistics order of an order, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<View> forOrder(long sellerId, long orderId) {
        return jdbc.sql(SELECT + " where l.order_id = ? and l.seller_id = ? and l.status <> 'CANCELLED'")
                .params(orderId, sellerId)
                .query(this::map)
                .optional();
    }

    /** The seller's logistics orders; {@code q} matches the order number, LP number or waybill. */
    @Transactional(readOnly = true)
    public Page<View> list(long sellerId, Status status, String q, PageRequest page) {
        var where = """
                 where l.seller_id = ? and (cast(? as text) is null or l.status = ?)
                   and (cast(? as text) is null or l.order_id::text = ? or l.lp_number = ? or l.intl_tracking_no = ?)""";
        var s = status == null ? null : status.name();
        var query = q == null || q.isBlank() ? null : q.trim();
        Object[] params = {sellerId, s, s, query, query, query, query};
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

    private static final String SELECT = """
            select l.*, w.name as w_name, w.sort_code as w_sort_code, w.address as w_address, w.postal_prefixes as w_prefixes,
                   c.return_fee_minor
            from logistics_orders l
            join transit_warehouses w on w.code = l.transit_warehouse_code
            join logistics_channels c on c.service_code = l.service_code""";

    private View map(ResultSet rs, int row) throws SQLException {
        var currency = Currency.getInstance(rs.getString("currency"));
        var actual = rs.getObject("actual_freight_minor");
        return new View(
                rs.getLong("id"),
                rs.getLong("order_id"),
                rs.getString("lp_number"),
                rs.getString("intl_tracking_no"),
                rs.getString("service_code"),
                Status.valueOf(rs.getString("status")),
                rs.getString("pickup_type"),
                rs.getString("undeliverable_decision"),
                new Money(rs.getLong("estimated_freight_minor"), currency),
                actual == null ? null : new Money(((Number) actual).longValue(), currency),
                new Money(rs.getLong("return_fee_minor"), currency),
                new TransitWarehouse(
                        rs.getString("transit_warehouse_code"),
                        rs.getString("w_name"),
                        rs.getString("w_sort_code"),
                        rs.getString("w_address"),
                        LogisticsServices.split(rs.getString("w_prefixes"))),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("status").equals("CANCELLED")
                        ? null
                        : "/api/v1/logistics-orders/" + rs.getLong("id") + "/label");
    }

    private long next(String sequence) {
        return jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single();
    }

    private static String postalCode(Map<String, String> preferred, Map<String, String> fallback) {
        var address = preferred != null ? preferred : fallback;
        return address == null ? null : address.get("zip");
    }
}
