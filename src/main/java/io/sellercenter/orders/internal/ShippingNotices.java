package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.LogisticsOrders.View;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipping notice (R-H9): the whole order (ALL) or some lines (PART), with the service and its
 * tracking number. Offline shipping (R-H13) is a notice with the seller's own carrier: sensitive
 * goods allowed, no platform compensation.
 */
@Service
public class ShippingNotices {

    public enum SendType {
        ALL,
        PART
    }

    public record Notice(
            long noticeId,
            long orderId,
            SendType sendType,
            String serviceName,
            String trackingNo,
            String carrier,
            String trackingWebsite,
            boolean offline,
            boolean platformCompensation,
            Map<Long, Integer> items,
            Instant createdAt,
            Instant modifiedAt) {}

    public record Declaration(
            SendType sendType,
            String serviceName,
            String trackingNo,
            String carrier,
            String trackingWebsite,
            Map<Long, Integer> items) {}

    private final JdbcClient jdbc;
    private final Orders orders;
    private final OrderLifecycle lifecycle;
    private final LogisticsOrders logistics;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration modifyWindow;

    ShippingNotices(
            JdbcClient jdbc,
            Orders orders,
            OrderLifecycle lifecycle,
            LogisticsOrders logistics,
            JsonMapper json,
            Clock clock,
            @Value("${sellercenter.orders.notice-modify-window:P5D}") Duration modifyWindow) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.logistics = logistics;
        this.json = json;
        this.clock = clock;
        this.modifyWindow = modifyWindow;
    }

    @Transactional
    public Notice declare(CurrentAccount me, long orderId, Declaration d) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var order = orders.forSeller(seller, orderId);
        // the waybill of the order's platform logistics order makes it an online shipment (R-H13)
        var online = logistics.forOrder(seller, orderId).stream()
                .anyMatch(l -> l.intlTrackingNo().equals(d.trackingNo().trim()));
        if (!online) {
            checkService(d.serviceName(), d.trackingNo(), d.carrier(), d.trackingWebsite());
        }
        var outcome = record(seller, List.of(new Planned(order, d, quantities(order, d), online)))
                .getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.notice();
    }

    /** The shipping notice of the order's logistics order, in one click: all lines, its service and waybill. */
    @Transactional
    public Notice declareOnline(CurrentAccount me, long logisticsOrderId) {
        var outcome = declareOnlineAll(me, List.of(logisticsOrderId)).getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.notice();
    }

    /** What happened to one logistics order of a batch of one-click notices. */
    public record Outcome(long logisticsOrderId, Notice notice, DomainException failure) {}

    /**
     * One-click notices for many logistics orders: the logistics orders and the orders read and
     * locked in a few queries, each order shipped through its aggregate, everything written set-based;
     * a refused one changes nothing and undoes nothing else.
     */
    @Transactional
    public List<Outcome> declareOnlineAll(CurrentAccount me, List<Long> logisticsOrderIds) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var found = logistics.findAll(seller, logisticsOrderIds);
        var locked = orders.lockAll(
                seller,
                found.values().stream()
                        .mapToLong(View::orderId)
                        .distinct()
                        .sorted()
                        .toArray());
        var outcomes = new Outcome[logisticsOrderIds.size()];
        var planned = new ArrayList<Planned>();
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < logisticsOrderIds.size(); i++) {
            var id = logisticsOrderIds.get(i);
            try {
                var view = found.get(id);
                if (view == null) {
                    throw new NotFoundException("logistics order");
                }
                if (view.status() == LogisticsOrders.Status.CANCELLED) {
                    throw new StateConflictException("LOGISTICS_ORDER_CANCELLED");
                }
                var order = locked.get(view.orderId());
                if (order == null) {
                    throw new NotFoundException("order");
                }
                if (planned.stream().anyMatch(p -> p.order() == order)) {
                    throw new StateConflictException("ORDER_NOT_WAITING_FOR_SHIPMENT", "SHIPPED_IN_THIS_BATCH");
                }
                var d = view.items() == null
                        ? new Declaration(SendType.ALL, view.serviceCode(), view.intlTrackingNo(), null, null, Map.of())
                        : new Declaration(
                                SendType.PART, view.serviceCode(), view.intlTrackingNo(), null, null, view.items());
                planned.add(new Planned(order, d, quantities(order, d), true));
                positions.add(i);
            } catch (DomainException e) {
                outcomes[i] = new Outcome(id, null, e);
            }
        }
        var recorded = record(seller, planned);
        for (int k = 0; k < recorded.size(); k++) {
            var i = positions.get(k);
            var r = recorded.get(k);
            outcomes[i] = new Outcome(logisticsOrderIds.get(i), r.notice(), r.failure());
        }
        return List.of(outcomes);
    }

    private record Planned(Order order, Declaration declaration, Map<Long, Integer> quantities, boolean online) {}

    private record Recorded(Notice notice, DomainException failure) {}

    private static Map<Long, Integer> quantities(Order order, Declaration d) {
        var quantities = new LinkedHashMap<Long, Integer>();
        if (d.sendType() == SendType.ALL) {
            order.lines.forEach(l -> quantities.put(l.lineId(), l.remaining()));
            return quantities;
        }
        if (d.items() == null || d.items().isEmpty()) {
            throw new InvalidInputException("items", "ITEMS_REQUIRED_FOR_PART");
        }
        for (var item : d.items().entrySet()) {
            if (order.lines.stream().noneMatch(l -> l.lineId() == item.getKey())) {
                throw new InvalidInputException("items", "UNKNOWN_ORDER_LINE");
            }
            quantities.put(item.getKey(), item.getValue());
        }
        return quantities;
    }

    /** Ships the orders and inserts their notices in one statement. */
    private List<Recorded> record(long seller, List<Planned> planned) {
        var failures = lifecycle.shipAll(planned.stream()
                .map(p -> new OrderLifecycle.Shipment(p.order(), p.quantities()))
                .toList());
        var shipped = new ArrayList<Planned>();
        for (int i = 0; i < planned.size(); i++) {
            if (failures.get(i) == null) {
                shipped.add(planned.get(i));
            }
        }
        var now = clock.instant();
        var ids = new HashMap<Long, Long>();
        if (!shipped.isEmpty()) {
            jdbc.sql("""
                            insert into shipping_notices (order_id, seller_id, send_type, service_name, tracking_no, carrier,
                              tracking_website, offline, platform_compensation, items, created_at)
                            select u.order_id, ?, u.send_type, u.service_name, u.tracking_no, u.carrier, u.website, not u.online,
                              u.online, u.items, ?
                            from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[])
                              as u(order_id, send_type, service_name, tracking_no, carrier, website, online, items)
                            returning order_id, id""")
                    .params(
                            seller,
                            Timestamp.from(now),
                            shipped.stream().mapToLong(p -> p.order().id).toArray(),
                            shipped.stream()
                                    .map(p -> p.declaration().sendType().name())
                                    .toArray(String[]::new),
                            shipped.stream()
                                    .map(p -> p.declaration().serviceName())
                                    .toArray(String[]::new),
                            shipped.stream()
                                    .map(p -> p.declaration().trackingNo().trim())
                                    .toArray(String[]::new),
                            shipped.stream().map(p -> p.declaration().carrier()).toArray(String[]::new),
                            shipped.stream()
                                    .map(p -> p.declaration().trackingWebsite())
                                    .toArray(String[]::new),
                            shipped.stream().map(Planned::online).toArray(Boolean[]::new),
                            shipped.stream()
                                    .map(p -> json.writeValueAsString(p.quantities()))
                                    .toArray(String[]::new))
                    .query((RowCallbackHandler) rs -> ids.put(rs.getLong(1), rs.getLong(2)));
        }
        var recorded = new ArrayList<Recorded>();
        for (int i = 0; i < planned.size(); i++) {
            var p = planned.get(i);
            if (failures.get(i) != null) {
                recorded.add(new Recorded(null, failures.get(i)));
                continue;
            }
            var d = p.declaration();
            recorded.add(new Recorded(
                    new Notice(
                            ids.get(p.order().id),
                            p.order().id,
                            d.sendType(),
                            d.serviceName(),
                            d.trackingNo().trim(),
                            d.carrier(),
                            d.trackingWebsite(),
                            !p.online(),
                            p.online(),
                            p.quantities(),
                            now,
                            null),
                    null));
        }
        return recorded;
    }

    /** Corrects the service or tracking number within the window after declaring, before the buyer confirms. */
    @Transactional
    public Notice modify(
            CurrentAccount me,
            long orderId,
            long noticeId,
            String serviceName,
            String trackingNo,
            String carrier,
            String website) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var order = orders.forSeller(seller, orderId);
        var notice = find(orderId, noticeId);
        var open = order.status == OrderStatus.WAIT_BUYER_ACCEPT_GOODS
                || order.status == OrderStatus.SELLER_PART_SEND_GOODS;
        if (!open || notice.createdAt().plus(modifyWindow).isBefore(clock.instant())) {
            throw new StateConflictException("NOTICE_MODIFY_WINDOW_CLOSED", modifyWindow.toDays());
        }
        checkService(serviceName, trackingNo, carrier, website);
        jdbc.sql("""
                        update shipping_notices set service_name = ?, tracking_no = ?, carrier = ?, tracking_website = ?, modified_at = ?
                        where id = ?""")
                .params(serviceName, trackingNo.trim(), carrier, website, Timestamp.from(clock.instant()), noticeId)
                .update();
        return find(orderId, noticeId);
    }

    public List<Notice> forOrder(long orderId) {
        return jdbc.sql("select * from shipping_notices where order_id = ? order by id")
                .param(orderId)
                .query(this::map)
                .list();
    }

    private Notice find(long orderId, long noticeId) {
        return jdbc.sql("select * from shipping_notices where order_id = ? and id = ?")
                .params(orderId, noticeId)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("shipping notice"));
    }

    private Notice map(ResultSet rs, int row) throws SQLException {
        return new Notice(
                rs.getLong("id"),
                rs.getLong("order_id"),
                SendType.valueOf(rs.getString("send_type")),
                rs.getString("service_name"),
                rs.getString("tracking_no"),
                rs.getString("carrier"),
                rs.getString("tracking_website"),
                rs.getBoolean("offline"),
                rs.getBoolean("platform_compensation"),
                json.readValue(rs.getString("items"), new TypeReference<Map<Long, Integer>>() {}),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("modified_at") == null
                        ? null
                        : rs.getTimestamp("modified_at").toInstant());
    }

    /** Known services are checked against their tracking pattern; any other name is the seller's own carrier. */
    private static void checkService(String serviceName, String trackingNo, String carrier, String website) {
        var known = CarrierServices.find(serviceName);
        if (known.isEmpty()) {
            return;
        }
        var service = known.get();
        var errors = new ArrayList<FieldError>();
        if (service.trackingNo() != null
                && !service.trackingNo().matcher(trackingNo.trim()).matches()) {
            errors.add(new FieldError("trackingNo", "TRACKING_NO_PATTERN", List.of(service.displayName())));
        }
        if (service.needsCarrier() && (carrier == null || carrier.isBlank())) {
            errors.add(new FieldError("carrier", "CARRIER_REQUIRED"));
        }
        if (service.needsWebsite() && (website == null || !website.matches("https?://[^\\s]{3,}"))) {
            errors.add(new FieldError("trackingWebsite", "TRACKING_WEBSITE_REQUIRED"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
