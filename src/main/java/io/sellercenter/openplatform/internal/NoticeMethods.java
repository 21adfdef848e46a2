package io.sellercenter.openplatform.internal;

import static io.sellercenter.openplatform.internal.GatewayCall.fields;

import io.sellercenter.orders.internal.ShippingNotice;
import io.sellercenter.orders.internal.ShippingNotices;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The shipping notice in the platform's two methods, as {@link ShippingNotices#declareWaybill} fills it in. */
@Component
class NoticeMethods implements GatewayMethods {

    private final ShippingNotices notices;

    NoticeMethods(ShippingNotices notices) {
        this.notices = notices;
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
        var service = call.required("service_name", 40);
        var trackingNo = call.required("logistics_no", 64);
        var website = call.param("tracking_website", 300);
        var carrier = call.param("actual_carrier", 100);
        var sendType = switch (call.required("send_type").toLowerCase(Locale.ROOT)) {
            case "all" -> ShippingNotice.SendType.ALL;
            case "part" -> ShippingNotice.SendType.PART;
            default -> throw GatewayException.isv("InvalidParameter", "send_type");
        };
        return call.business(
                () -> {
                    notices.declareWaybill(
                            call.account(),
                            orderId,
                            new ShippingNotices.Declaration(sendType, service, trackingNo, carrier, website, Map.of()));
                    return shape.apply(null);
                },
                shape);
    }
}
