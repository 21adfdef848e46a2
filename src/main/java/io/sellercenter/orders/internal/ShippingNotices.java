package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final io.sellercenter.shipping.LogisticsOrders logistics;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration modifyWindow;
    private final PlatformTransactionManager transactions;

    ShippingNotices(
            JdbcClient jdbc,
            Orders orders,
            OrderLifecycle lifecycle,
            io.sellercenter.shipping.LogisticsOrders logistics,
            JsonMapper json,
            Clock clock,
            @Value("${sellercenter.orders.notice-modify-window:P5D}") Duration modifyWindow,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.logistics = logistics;
        this.json = json;
        this.clock = clock;
        this.modifyWindow = modifyWindow;
        this.transactions = transactions;
    }

    @Transactional
    public Notice declare(CurrentAccount me, long orderId, Declaration d) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var order = orders.forSeller(seller, orderId);
        // the waybill of the order's platform logistics order makes it an online shipment (R-H13)
        var online = logistics
                .forOrder(seller, orderId)
                .filter(l -> l.intlTrackingNo().equals(d.trackingNo().trim()))
                .isPresent();
        if (!online) {
            checkService(d.serviceName(), d.trackingNo(), d.carrier(), d.trackingWebsite());
        }
        var quantities = new LinkedHashMap<Long, Integer>();
        if (d.sendType() == SendType.ALL) {
            order.lines.forEach(l -> quantities.put(l.lineId(), l.remaining()));
        } else {
            if (d.items() == null || d.items().isEmpty()) {
                throw new InvalidInputException("items", "ITEMS_REQUIRED_FOR_PART");
            }
            for (var item : d.items().entrySet()) {
                if (order.lines.stream().noneMatch(l -> l.lineId() == item.getKey())) {
                    throw new InvalidInputException("items", "UNKNOWN_ORDER_LINE");
                }
                quantities.put(item.getKey(), item.getValue());
            }
        }
        lifecycle.ship(order, quantities);
        var id = jdbc.sql("""
                        insert into shipping_notices (order_id, seller_id, send_type, service_name, tracking_no, carrier,
                          tracking_website, offline, platform_compensation, items, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        orderId,
                        seller,
                        d.sendType().name(),
                        d.serviceName(),
                        d.trackingNo().trim(),
                        d.carrier(),
                        d.trackingWebsite(),
                        !online,
                        online,
                        json.writeValueAsString(quantities),
                        Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return find(orderId, id);
    }

    /** The shipping notice of the order's logistics order, in one click: all lines, its service and waybill. */
    @Transactional
    public Notice declareOnline(CurrentAccount me, long logisticsOrderId) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var logisticsOrder = logistics.find(seller, logisticsOrderId);
        return declare(
                me,
                logisticsOrder.orderId(),
                new Declaration(
                        SendType.ALL,
                        logisticsOrder.serviceCode(),
                        logisticsOrder.intlTrackingNo(),
                        null,
                        null,
                        Map.of()));
    }

    /** What happened to one logistics order of a batch of one-click notices. */
    public record Outcome(long logisticsOrderId, Notice notice, DomainException failure) {}

    /**
     * One-click notices for many logistics orders in one transaction; each runs in its own savepoint,
     * so a refused one rolls back only itself.
     */
    @Transactional
    public List<Outcome> declareOnlineAll(CurrentAccount me, List<Long> logisticsOrderIds) {
        me.requirePermission(Permission.SHIPPING);
        var nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        var outcomes = new ArrayList<Outcome>(logisticsOrderIds.size());
        for (var id : logisticsOrderIds) {
            try {
                outcomes.add(new Outcome(id, nested.execute(status -> declareOnline(me, id)), null));
            } catch (DomainException e) {
                outcomes.add(new Outcome(id, null, e));
            }
        }
        return outcomes;
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

    private Notice map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
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
