package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsOrderStatus;
import io.sellercenter.shipping.LogisticsOrderView;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declaring shipments (R-H9): a notice for the whole order or some lines, with the service and its tracking number,
 * online with the waybill of the order's logistics order, offline (R-H13) with the seller's own carrier: sensitive goods
 * allowed, no platform compensation.
 */
@Service
@NamedInterface("gateway")
public class ShippingNotices {

    public record Declaration(
            ShippingNotice.SendType sendType,
            String serviceName,
            String trackingNo,
            String carrier,
            String trackingWebsite,
            Map<Long, Integer> items) {}

    private final ShippingNoticeRepository repository;
    private final Orders orders;
    private final OrderLifecycle lifecycle;
    private final LogisticsOrderQueries logistics;
    private final Clock clock;
    private final Duration modifyWindow;

    ShippingNotices(
            ShippingNoticeRepository repository,
            Orders orders,
            OrderLifecycle lifecycle,
            LogisticsOrderQueries logistics,
            Clock clock,
            @Value("${sellercenter.orders.notice-modify-window:P5D}") Duration modifyWindow) {
        this.repository = repository;
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.logistics = logistics;
        this.clock = clock;
        this.modifyWindow = modifyWindow;
    }

    @Transactional
    public ShippingNotice declare(CurrentAccount me, long orderId, Declaration d) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var order = orders.forSeller(seller.value(), orderId);
        // the waybill of the order's platform logistics order makes it an online shipment (R-H13)
        var online = withWaybill(seller, orderId, d.trackingNo()).isPresent();
        if (!online) {
            checkService(d.serviceName(), d.trackingNo(), d.carrier(), d.trackingWebsite());
        }
        var outcome = record(seller.value(), List.of(new Planned(order, d, quantities(order, d), online)))
                .getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.notice();
    }

    /**
     * A notice naming a waybill, as an ERP sends it: the waybill of the order's own live logistics order fills the
     * notice in as the one-click online notice does (that parcel's lines and service); any other number is declared
     * as given.
     */
    @Transactional
    public ShippingNotice declareWaybill(CurrentAccount me, long orderId, Declaration d) {
        var own = withWaybill(me.requirePermission(Permission.SHIPPING), orderId, d.trackingNo())
                .filter(l -> l.status() != LogisticsOrderStatus.CANCELLED);
        return own.isPresent() ? declareOnline(me, own.get().logisticsOrderId()) : declare(me, orderId, d);
    }

    private Optional<LogisticsOrderView> withWaybill(SellerId seller, long orderId, String trackingNo) {
        return logistics.forOrder(seller, orderId).stream()
                .filter(l -> l.intlTrackingNo().equals(trackingNo.trim()))
                .findFirst();
    }

    /** The shipping notice of the order's logistics order, in one click: all lines, its service and waybill. */
    @Transactional
    public ShippingNotice declareOnline(CurrentAccount me, long logisticsOrderId) {
        var outcome = declareOnlineAll(me, List.of(logisticsOrderId)).getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.notice();
    }

    /**
     * R-H14: the seller printed the third party's label and manifest in its system and handed the parcel over; the
     * shipping notice is filled in with the waybill generated here. Only for third-party logistics.
     */
    @Transactional
    public ShippingNotice confirmThirdParty(CurrentAccount me, long logisticsOrderId) {
        var view = logistics.find(me.requirePermission(Permission.SHIPPING), logisticsOrderId);
        if (view.thirdPartySystemUrl() == null) {
            throw new StateConflictException("NOT_THIRD_PARTY_CHANNEL");
        }
        return declareOnline(me, logisticsOrderId);
    }

    /**
     * The shipping notice of lines an overseas warehouse packed and shipped with its local carrier (seed 001): PART, or
     * ALL when they were all the order still had to ship. The order is already locked by the caller.
     */
    ShippingNotice declareOverseas(
            long seller,
            Order order,
            Map<Long, Integer> quantities,
            String serviceName,
            String trackingNo,
            String carrier) {
        checkService(serviceName, trackingNo, carrier, null);
        var all = order.shipment(null).equals(quantities);
        var d = new Declaration(
                all ? ShippingNotice.SendType.ALL : ShippingNotice.SendType.PART,
                serviceName,
                trackingNo,
                carrier,
                null,
                quantities);
        var outcome = record(seller, List.of(new Planned(order, d, order.shipment(quantities), false)))
                .getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.notice();
    }

    /** What happened to one logistics order of a batch of one-click notices. */
    public record Outcome(long logisticsOrderId, ShippingNotice notice, DomainException failure) {}

    /**
     * One-click notices for many logistics orders: the logistics orders and the orders read and
     * locked in a few queries, each order shipped through its aggregate, everything written set-based;
     * a refused one changes nothing and undoes nothing else.
     */
    @Transactional
    public List<Outcome> declareOnlineAll(CurrentAccount me, List<Long> logisticsOrderIds) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var found = logistics.findAll(seller, logisticsOrderIds);
        var locked = orders.lockAll(
                seller.value(),
                found.values().stream()
                        .mapToLong(LogisticsOrderView::orderId)
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
                if (view.status() == LogisticsOrderStatus.CANCELLED) {
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
                        ? new Declaration(
                                ShippingNotice.SendType.ALL,
                                view.serviceCode(),
                                view.intlTrackingNo(),
                                null,
                                null,
                                Map.of())
                        : new Declaration(
                                ShippingNotice.SendType.PART,
                                view.serviceCode(),
                                view.intlTrackingNo(),
                                null,
                                null,
                                view.items());
                planned.add(new Planned(order, d, quantities(order, d), true));
                positions.add(i);
            } catch (DomainException e) {
                outcomes[i] = new Outcome(id, null, e);
            }
        }
        var recorded = record(seller.value(), planned);
        for (int k = 0; k < recorded.size(); k++) {
            var i = positions.get(k);
            var r = recorded.get(k);
            outcomes[i] = new Outcome(logisticsOrderIds.get(i), r.notice(), r.failure());
        }
        return List.of(outcomes);
    }

    private record Planned(Order order, Declaration declaration, Map<Long, Integer> quantities, boolean online) {}

    private record Recorded(ShippingNotice notice, DomainException failure) {}

    /** What the declaration ships, as the order allows it (R-H1, R-H9). */
    private static Map<Long, Integer> quantities(Order order, Declaration d) {
        if (d.sendType() == ShippingNotice.SendType.ALL) {
            return order.shipment(null);
        }
        if (d.items() == null || d.items().isEmpty()) {
            throw new InvalidInputException("items", "ITEMS_REQUIRED_FOR_PART");
        }
        return order.shipment(d.items());
    }

    /** Ships the orders and inserts their notices in one statement. */
    private List<Recorded> record(long seller, List<Planned> planned) {
        var failures = lifecycle.shipAll(planned.stream()
                .map(p -> new OrderLifecycle.Shipment(p.order(), p.quantities()))
                .toList());
        var shipped = new ArrayList<ShippingNotice>();
        for (int i = 0; i < planned.size(); i++) {
            if (failures.get(i) == null) {
                var p = planned.get(i);
                var d = p.declaration();
                shipped.add(new ShippingNotice(
                        0,
                        p.order().id,
                        d.sendType(),
                        d.serviceName(),
                        d.trackingNo().trim(),
                        d.carrier(),
                        d.trackingWebsite(),
                        !p.online(),
                        p.online(),
                        p.quantities(),
                        null,
                        null));
            }
        }
        var inserted = (shipped.isEmpty()
                        ? List.<ShippingNotice>of()
                        : repository.insertAll(seller, shipped, clock.instant()))
                .iterator();
        var recorded = new ArrayList<Recorded>();
        for (int i = 0; i < planned.size(); i++) {
            recorded.add(
                    failures.get(i) != null
                            ? new Recorded(null, failures.get(i))
                            : new Recorded(inserted.next(), null));
        }
        return recorded;
    }

    /** Corrects the service or tracking number within the window after declaring, before the buyer confirms. */
    @Transactional
    public ShippingNotice modify(
            CurrentAccount me,
            long orderId,
            long noticeId,
            String serviceName,
            String trackingNo,
            String carrier,
            String website) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var order = orders.forSeller(seller.value(), orderId);
        var notice = repository.find(orderId, noticeId);
        var open = order.status == OrderStatus.WAIT_BUYER_ACCEPT_GOODS
                || order.status == OrderStatus.SELLER_PART_SEND_GOODS;
        if (!open || notice.createdAt().plus(modifyWindow).isBefore(clock.instant())) {
            throw new StateConflictException("NOTICE_MODIFY_WINDOW_CLOSED", modifyWindow.toDays());
        }
        checkService(serviceName, trackingNo, carrier, website);
        repository.correct(noticeId, serviceName, trackingNo.trim(), carrier, website, clock.instant());
        return repository.find(orderId, noticeId);
    }

    public List<ShippingNotice> forOrder(long orderId) {
        return repository.forOrder(orderId);
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
