package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsOrderView;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.ShipmentReference;
import io.sellercenter.shipping.UndeliverableDecision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating the logistics order of an order (R-H1, R-H3, R-H10): the order row is locked first, so
 * racing or retried requests line up and only the first gets a waybill; the rest get 409.
 */
@Service
@NamedInterface("gateway")
public class OnlineShipping {

    public record Form(
            long orderId,
            String serviceCode,
            GoodsType goodsType,
            PostalAddress receiver,
            PostalAddress sender,
            PostalAddress pickupAddress,
            List<DeclaredItem> declaredItems,
            LogisticsServices.Parcel parcel,
            Handover handover,
            boolean askPickupOutsideRange,
            UndeliverableDecision undeliverableDecision,
            boolean confirmServiceMismatch,
            Map<Long, Integer> items) {}

    private final Orders orders;
    private final ShippingNoticeRepository notices;
    private final LogisticsOrders logistics;
    private final LogisticsOrderQueries queries;
    private final JsonMapper json;
    private final Clock clock;

    OnlineShipping(
            Orders orders,
            ShippingNoticeRepository notices,
            LogisticsOrders logistics,
            LogisticsOrderQueries queries,
            JsonMapper json,
            Clock clock) {
        this.orders = orders;
        this.notices = notices;
        this.logistics = logistics;
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public LogisticsOrderView create(CurrentAccount me, Form f) {
        var outcome = createAll(me, List.of(f)).getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.created();
    }

    /** Many orders in one transaction, a result per order; one order's refusal never undoes another. */
    @Transactional
    public List<LogisticsOrders.Outcome> createAll(CurrentAccount me, List<Form> forms) {
        var seller = me.requirePermission(Permission.SHIPPING);
        var ids = forms.stream().mapToLong(Form::orderId).distinct().sorted().toArray();
        var orders = this.orders.lockAll(seller.value(), ids);
        var live = queries.liveCounts(seller, ids);
        var declared = notices.onlineCounts(ids);
        var outcomes = new LogisticsOrders.Outcome[forms.size()];
        var requests = new ArrayList<LogisticsOrders.Request>();
        var riskTaken = new ArrayList<Order>();
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < forms.size(); i++) {
            var f = forms.get(i);
            try {
                var order = orders.get(f.orderId());
                if (order == null) {
                    throw new NotFoundException("order");
                }
                requests.add(request(
                        order, live.getOrDefault(f.orderId(), 0), declared.getOrDefault(f.orderId(), 0), f, riskTaken));
                positions.add(i);
            } catch (DomainException e) {
                outcomes[i] = new LogisticsOrders.Outcome(f.orderId(), null, e);
            }
        }
        var created = requests.isEmpty() ? List.<LogisticsOrders.Outcome>of() : logistics.createAll(seller, requests);
        for (int k = 0; k < created.size(); k++) {
            outcomes[positions.get(k)] = created.get(k);
        }
        // the order keeps that its seller took the dispute risk, once its logistics order exists
        var createdFor = created.stream()
                .filter(o -> o.created() != null)
                .map(LogisticsOrders.Outcome::orderId)
                .collect(Collectors.toSet());
        var shipped = riskTaken.stream().filter(o -> createdFor.contains(o.id)).toList();
        if (!shipped.isEmpty()) {
            this.orders.saveAll(shipped, clock.instant());
        }
        return List.of(outcomes);
    }

    /**
     * One logistics order per shipment: a new one only once every earlier one has been declared in a shipping notice;
     * {@code items} ships part of the order (the rest waits for the next shipment). What the shipment may carry and on
     * which service are the order's rules (R-H1, R-H3, R-H9).
     */
    private LogisticsOrders.Request request(Order order, int live, int declared, Form f, List<Order> riskTaken) {
        var shipment = order.shipment(f.items() == null || f.items().isEmpty() ? null : f.items());
        // an overseas warehouse packs and ships its own lines (seed 001): they never leave from China
        var overseas = order.lines.stream()
                .filter(l -> shipment.getOrDefault(l.lineId(), 0) > 0 && !"CN".equals(l.shipFromCountry()))
                .map(Order.Line::lineId)
                .toList();
        if (!overseas.isEmpty()) {
            throw RuleViolationException.unnumbered("SHIPS_FROM_OVERSEAS_WAREHOUSE")
                    .with("lineIds", overseas);
        }
        if (order.checkService(f.serviceCode(), f.confirmServiceMismatch(), clock.instant())) {
            riskTaken.add(order);
        }
        if (live > declared) {
            throw new StateConflictException("LOGISTICS_ORDER_EXISTS");
        }
        if (f.goodsType() != null && order.lines.stream().noneMatch(l -> l.goodsType() == f.goodsType())) {
            throw new InvalidInputException("goodsType", "GOODS_TYPE_MISMATCH");
        }
        // the channel must take every line in the parcel, whatever the request declares (R-H4)
        var goodsTypes = order.lines.stream()
                .filter(l -> shipment.getOrDefault(l.lineId(), 0) > 0)
                .map(Order.Line::goodsType)
                .collect(Collectors.toSet());
        return new LogisticsOrders.Request(
                new ShipmentReference(
                        order.id,
                        live + 1,
                        order.destinationCountry,
                        f.items() == null || f.items().isEmpty() ? null : f.items()),
                f.serviceCode(),
                goodsTypes,
                receiver(order, f.receiver()),
                f.sender(),
                f.pickupAddress(),
                f.declaredItems(),
                f.parcel(),
                f.handover(),
                f.askPickupOutsideRange(),
                f.undeliverableDecision());
    }

    /**
     * The consignee as corrected by the seller (R-H5), else as the buyer gave it. A correction stays in the order's
     * country, which it takes when it names none: freight and duties are the destination's.
     */
    private PostalAddress receiver(Order order, PostalAddress corrected) {
        if (corrected == null) {
            return json.readValue(order.shippingAddressJson, PostalAddress.class);
        }
        if (corrected.country() != null && !corrected.country().equals(order.destinationCountry)) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                    "receiver.country", "RECEIVER_COUNTRY_CHANGED", List.of(order.destinationCountry))));
        }
        return corrected.inCountry(order.destinationCountry);
    }
}
