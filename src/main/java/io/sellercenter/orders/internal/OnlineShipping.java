package io.sellercenter.orders.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.LogisticsServices;
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
            boolean confirmServiceMismatch) {}

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
        var seller = me.requirePermission(Permission.SHIPPING).value();
        var order = orders.forSeller(seller, f.orderId());
        if (order.status != OrderStatus.WAIT_SELLER_SEND_GOODS && order.status != OrderStatus.SELLER_PART_SEND_GOODS) {
            throw new StateConflictException("ORDER_NOT_WAITING_FOR_SHIPMENT", order.status.name());
        }
        if (logistics.forOrder(seller, f.orderId()).isPresent()) {
            throw new StateConflictException("LOGISTICS_ORDER_EXISTS");
        }
        if (order.logisticsServiceCode != null
                && !order.logisticsServiceCode.equals(f.serviceCode())
                && !f.confirmServiceMismatch()) {
            throw new RuleViolationException("R-H3", "SERVICE_MISMATCH_NOT_CONFIRMED", order.logisticsServiceCode);
        }
        var goodsType =
                f.goodsType() != null ? f.goodsType() : order.lines.getFirst().goodsType();
        if (order.lines.stream().noneMatch(l -> l.goodsType().equals(goodsType))) {
            throw new InvalidInputException("goodsType", "GOODS_TYPE_MISMATCH");
        }
        var receiver = f.receiver() != null
                ? f.receiver()
                : json.readValue(order.shippingAddressJson, new TypeReference<Map<String, String>>() {});
        return logistics.create(new LogisticsOrders.Request(
                seller,
                f.orderId(),
                f.serviceCode(),
                goodsType,
                receiver,
                f.sender(),
                f.pickupAddress(),
                f.declaredItems(),
                f.parcel(),
                f.pickupType(),
                f.undeliverableDecision(),
                order.destinationCountry));
    }
}
