package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shared.Term;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.LogisticsServices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creating the logistics order of an order (R-H1, R-H3, R-H10): the order row is locked first, so
 * racing or retried requests line up and only the first gets a waybill; the rest get 409.
 */
@Service
public class OnlineShipping {

    public record Form(
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
            boolean confirmServiceMismatch,
            Map<Long, Integer> items) {}

    private final Orders orders;
    private final LogisticsOrders logistics;
    private final JsonMapper json;

    OnlineShipping(Orders orders, LogisticsOrders logistics, JsonMapper json) {
        this.orders = orders;
        this.logistics = logistics;
        this.json = json;
    }

    @Transactional
    public LogisticsOrders.View create(CurrentAccount me, Form f) {
        var outcome = createAll(me, List.of(f)).getFirst();
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.created();
    }

    /** Many orders in one transaction, a result per order; one order's refusal never undoes another. */
    @Transactional
    public List<LogisticsOrders.Outcome> createAll(CurrentAccount me, List<Form> forms) {
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var ids = forms.stream().mapToLong(Form::orderId).distinct().sorted().toArray();
        var orders = this.orders.lockShippable(seller, ids);
        var live = logistics.liveCounts(seller, ids);
        var outcomes = new LogisticsOrders.Outcome[forms.size()];
        var requests = new ArrayList<LogisticsOrders.Request>();
        var positions = new ArrayList<Integer>();
        for (int i = 0; i < forms.size(); i++) {
            var f = forms.get(i);
            try {
                requests.add(request(seller, orders.get(f.orderId()), live.getOrDefault(f.orderId(), 0), f));
                positions.add(i);
            } catch (DomainException e) {
                outcomes[i] = new LogisticsOrders.Outcome(f.orderId(), null, e);
            }
        }
        var created = requests.isEmpty() ? List.<LogisticsOrders.Outcome>of() : logistics.createAll(seller, requests);
        for (int k = 0; k < created.size(); k++) {
            outcomes[positions.get(k)] = created.get(k);
        }
        return List.of(outcomes);
    }

    /**
     * One logistics order per shipment: a new one only once every earlier one has been declared in a
     * shipping notice; {@code items} ships part of the order (the rest waits for the next shipment).
     */
    private LogisticsOrders.Request request(long seller, Orders.Shippable order, int live, Form f) {
        if (order == null) {
            throw new NotFoundException("order");
        }
        if (order.status() != OrderStatus.WAIT_SELLER_SEND_GOODS
                && order.status() != OrderStatus.SELLER_PART_SEND_GOODS) {
            throw new StateConflictException("ORDER_NOT_WAITING_FOR_SHIPMENT", Term.of("orderStatus", order.status()));
        }
        if (order.logisticsServiceCode() != null
                && !order.logisticsServiceCode().equals(f.serviceCode())
                && !f.confirmServiceMismatch()) {
            throw new RuleViolationException(Rule.R_H3, "SERVICE_MISMATCH_NOT_CONFIRMED", order.logisticsServiceCode());
        }
        if (live > order.onlineNotices()) {
            throw new StateConflictException("LOGISTICS_ORDER_EXISTS");
        }
        if (f.items() != null) {
            for (var item : f.items().entrySet()) {
                var remaining = order.remaining().get(item.getKey());
                if (remaining == null) {
                    throw new InvalidInputException("items", "UNKNOWN_ORDER_LINE");
                }
                if (item.getValue() < 1 || item.getValue() > remaining) {
                    throw new RuleViolationException(Rule.R_H9, "SHIP_QUANTITY_INVALID", item.getKey(), remaining);
                }
            }
        }
        var goodsType =
                f.goodsType() != null ? f.goodsType() : order.goodsTypes().getFirst();
        if (!order.goodsTypes().contains(goodsType)) {
            throw new InvalidInputException("goodsType", "GOODS_TYPE_MISMATCH");
        }
        return new LogisticsOrders.Request(
                seller,
                f.orderId(),
                f.serviceCode(),
                goodsType,
                receiver(order, f.receiver()),
                f.sender(),
                f.pickupAddress(),
                f.declaredItems(),
                f.parcel(),
                f.pickupType(),
                f.undeliverableDecision(),
                order.destinationCountry(),
                live + 1,
                f.items() == null || f.items().isEmpty() ? null : f.items());
    }

    /**
     * The consignee as corrected by the seller (R-H5), else as the buyer gave it. A correction stays in the order's
     * country, which it takes when it names none: freight and duties are the destination's.
     */
    private Map<String, String> receiver(Orders.Shippable order, Map<String, String> corrected) {
        if (corrected == null) {
            return json.readValue(order.shippingAddressJson(), new TypeReference<Map<String, String>>() {});
        }
        var country = corrected.get("country");
        if (country != null && !country.equals(order.destinationCountry())) {
            throw new InvalidInputException(List.of(new InvalidInputException.FieldError(
                    "receiver.country", "RECEIVER_COUNTRY_CHANGED", List.of(order.destinationCountry()))));
        }
        var receiver = new HashMap<>(corrected);
        receiver.put("country", order.destinationCountry());
        return receiver;
    }
}
