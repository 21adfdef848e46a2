package io.sellercenter.openplatform.internal;

import static io.sellercenter.openplatform.internal.GatewayCall.fields;

import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.internal.ShippingNotice;
import io.sellercenter.orders.internal.ShippingNotices;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsOrderStatus;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The shipping notice in the platform's two methods. A waybill of the order's own logistics order fills the notice in
 * as the one-click online notice does; any other number is an offline notice with the seller's carrier.
 */
@Component
class NoticeMethods implements GatewayMethods {

    private final ShippingNotices notices;
    private final LogisticsOrderQueries logisticsOrders;

    NoticeMethods(ShippingNotices notices, LogisticsOrderQueries logisticsOrders) {
        this.notices = notices;
        this.logisticsOrders = logisticsOrders;
    }

    @Override
    public Map<String, Function<GatewayCall, Map<String, Object>>> methods() {
        return Map.of(
                "aliexpress.logistics.sellershipmentfortop",
                call -> declare(call, NoticeMethods::result),
                "aliexpress.solution.order.fulfill",
                call -> fields("result", declare(call, NoticeMethods::result)));
    }

    private static Map<String, Object> result(GatewayCall.Failure f) {
        return f == null
                ? fields("result_success", true, "result_error_code", null, "result_error_desc", null)
                : fields("result_success", false, "result_error_code", f.code(), "result_error_desc", f.message());
    }

    private Map<String, Object> declare(GatewayCall call, Function<GatewayCall.Failure, Map<String, Object>> shape) {
        var orderId = call.requiredId("out_ref");
        var service = limited(call, "service_name", 40, true);
        var trackingNo = limited(call, "logistics_no", 64, true);
        var website = limited(call, "tracking_website", 300, false);
        var carrier = limited(call, "actual_carrier", 100, false);
        var sendType = switch (call.required("send_type").toLowerCase(Locale.ROOT)) {
            case "all" -> ShippingNotice.SendType.ALL;
            case "part" -> ShippingNotice.SendType.PART;
            default -> throw GatewayException.isv("InvalidParameter", "send_type");
        };
        return call.business(
                () -> {
                    var seller = call.account().requirePermission(Permission.SHIPPING);
                    var online = logisticsOrders.forOrder(seller, orderId).stream()
                            .filter(l -> trackingNo.equals(l.intlTrackingNo())
                                    && l.status() != LogisticsOrderStatus.CANCELLED)
                            .findFirst();
                    if (online.isPresent()) {
                        notices.declareOnline(call.account(), online.get().logisticsOrderId());
                    } else {
                        notices.declare(
                                call.account(),
                                orderId,
                                new ShippingNotices.Declaration(
                                        sendType, service, trackingNo, carrier, website, Map.of()));
                    }
                    return shape.apply(null);
                },
                shape);
    }

    private static String limited(GatewayCall call, String name, int max, boolean required) {
        var value = required ? call.required(name) : call.param(name);
        if (value != null && value.length() > max) {
            throw GatewayException.isv("InvalidParameter", name);
        }
        return value;
    }
}
