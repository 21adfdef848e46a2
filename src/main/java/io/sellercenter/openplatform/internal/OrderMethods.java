package io.sellercenter.openplatform.internal;

import static io.sellercenter.openplatform.internal.GatewayCall.fields;

import io.sellercenter.orders.OrderStatus;
import io.sellercenter.orders.internal.OrderLifecycle;
import io.sellercenter.orders.internal.OrderMessages;
import io.sellercenter.orders.internal.OrderQueries;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Orders, cancellation answers and order messages in the platform's methods, over the orders module's services. */
@Component
class OrderMethods implements GatewayMethods {

    private final OrderQueries queries;
    private final OrderLifecycle lifecycle;
    private final OrderMessages messages;
    private final Clock clock;

    OrderMethods(OrderQueries queries, OrderLifecycle lifecycle, OrderMessages messages, Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @Override
    public Map<String, Function<GatewayCall, Map<String, Object>>> methods() {
        return Map.of(
                "aliexpress.solution.order.get", this::list,
                "aliexpress.solution.order.info.get", this::detail,
                "aliexpress.solution.order.receiptinfo.get", this::receipt,
                "aliexpress.trade.seller.order.acceptcancel", call -> answerCancel(call, true),
                "aliexpress.trade.seller.order.refusecancel", call -> answerCancel(call, false),
                "aliexpress.message.redefining.versiontwo.querymsgdetaillist", this::messages,
                "aliexpress.message.addmsg", this::sendMessage);
    }

    private Map<String, Object> list(GatewayCall call) {
        var query = call.json("param0");
        var paging = GatewayCall.page(
                query.path("current_page").asString(null),
                query.path("page_size").asString(null));
        var statuses = EnumSet.noneOf(OrderStatus.class);
        GatewayCall.text(query, "order_status").ifPresent(s -> statuses.add(status(s)));
        query.path("order_status_list").forEach(s -> statuses.add(status(s.asString())));
        var filter = new OrderQueries.Filter(
                null,
                GatewayCall.text(query, "create_date_start")
                        .map(t -> Wire.time("create_date_start", t))
                        .orElse(null),
                GatewayCall.text(query, "create_date_end")
                        .map(t -> Wire.time("create_date_end", t))
                        .orElse(null),
                GatewayCall.text(query, "buyer_login_id").orElse(null),
                null,
                false,
                null,
                false,
                statuses);
        return call.business(
                () -> {
                    var found = queries.forSeller(call.account(), filter, paging);
                    return fields(
                            "result",
                            fields(
                                    "success",
                                    true,
                                    "error_code",
                                    null,
                                    "error_message",
                                    null,
                                    "current_page",
                                    paging.page() + 1,
                                    "page_size",
                                    paging.size(),
                                    "total_count",
                                    found.total(),
                                    "total_page",
                                    (found.total() + paging.size() - 1) / paging.size(),
                                    "time_stamp",
                                    Wire.time(clock.instant()),
                                    "target_list",
                                    Wire.list(
                                            "order_dto",
                                            found.items().stream()
                                                    .map(OrderMethods::summary)
                                                    .toList())));
                },
                OrderMethods::failedResult);
    }

    private static Map<String, Object> summary(OrderQueries.Summary o) {
        var left = o.timeLeftToShip() == null ? Duration.ZERO : o.timeLeftToShip();
        return fields(
                "order_id", String.valueOf(o.orderId()),
                "order_status", o.orderStatus().name(),
                "buyer_signer_fullname", o.buyerName(),
                "gmt_create", Wire.time(o.createdAt()),
                "pay_amount", Wire.money(o.total()),
                "left_send_good_day", o.timeLeftToShip() == null ? null : left.toDays(),
                "left_send_good_hour", o.timeLeftToShip() == null ? null : left.toHoursPart(),
                "left_send_good_min", o.timeLeftToShip() == null ? null : left.toMinutesPart(),
                "timeout_left_time", o.timeLeftToShip() == null ? null : left.toMillis(),
                "product_list",
                        Wire.list(
                                "order_product_dto",
                                o.lines().stream()
                                        .map(l -> product(o.orderId(), o.buyerSelectedService(), l))
                                        .toList()));
    }

    private static Map<String, Object> product(long orderId, String service, OrderQueries.LineView l) {
        return fields(
                "child_id", String.valueOf(l.orderLineId()),
                "order_id", String.valueOf(orderId),
                "product_id", String.valueOf(l.productId()),
                "product_name", l.title(),
                "sku_code", l.skuCode(),
                "product_count", l.quantity(),
                "product_unit_price", Wire.money(l.unitPrice()),
                "logistics_type", service,
                "send_goods_operator", "CN".equals(l.shipFromCountry()) ? "SELLER_SEND_GOODS" : "WAREHOUSE_SEND_GOODS",
                "ships_from", l.shipFromCountry(),
                "shipped_count", l.shippedQuantity());
    }

    private Map<String, Object> detail(GatewayCall call) {
        var orderId = orderId(call);
        return call.business(
                () -> fields(
                        "result",
                        fields("success", true, "data", detail(queries.forSellerDetail(call.account(), orderId)))),
                OrderMethods::failedResult);
    }

    private static Map<String, Object> detail(OrderQueries.Detail d) {
        var index = new int[] {0};
        return fields(
                "id", String.valueOf(d.orderId()),
                "order_status", d.orderStatus().name(),
                "logistics_status", d.logisticsStatus(),
                "fund_status", d.fundStatus(),
                "frozen_status", d.frozenStatus(),
                "issue_status", d.issueStatus(),
                "order_end_reason", d.endReason(),
                "cancel_request_reason", d.cancelReason(),
                "buyer_signer_fullname", d.buyerName(),
                "gmt_create", Wire.time(d.createdAt()),
                "gmt_pay_success", Wire.time(d.paidAt()),
                "ship_by", Wire.time(d.shipByDeadline()),
                "over_time_left", Wire.time(d.receiptDeadline() != null ? d.receiptDeadline() : d.shipByDeadline()),
                "order_amount", Wire.money(d.total()),
                "receipt_address", Wire.address(d.shippingAddress()),
                "logistics_service_name", d.buyerSelectedService(),
                "logistic_info_list",
                        Wire.list(
                                "aeop_tp_logistic_info_dto",
                                d.shipments().stream()
                                        .map(n -> fields(
                                                "logistics_no", n.trackingNo(),
                                                "logistics_service_name", n.serviceName(),
                                                "logistics_type_code", n.serviceName(),
                                                "send_type", n.sendType().name().toLowerCase(),
                                                "gmt_send", Wire.time(n.createdAt())))
                                        .toList()),
                "child_order_list",
                        Wire.list(
                                "aeop_tp_child_order_dto",
                                d.lines().stream()
                                        .map(l -> {
                                            var line = product(d.orderId(), d.buyerSelectedService(), l);
                                            line.put("order_sort_id", ++index[0]);
                                            line.put("lot_num", l.quantity());
                                            return line;
                                        })
                                        .toList()));
    }

    private Map<String, Object> receipt(GatewayCall call) {
        var orderId = orderId(call);
        return call.business(
                () -> {
                    var address = Wire.address(
                            queries.forSellerDetail(call.account(), orderId).shippingAddress());
                    address.put("success", true);
                    return fields("result", address);
                },
                OrderMethods::failedResult);
    }

    private Map<String, Object> answerCancel(GatewayCall call, boolean accept) {
        var request = call.requiredJson("param_order_cancel_request");
        var orderId = GatewayCall.id("order_id", request.path("order_id").asString(""));
        // checked before the refusal, which the message follows: the buyer never gets half an answer
        var memo =
                GatewayCall.limited(GatewayCall.text(request, "memo").orElse(null), "memo", OrderMessages.MAX_LENGTH);
        return call.business(
                () -> {
                    lifecycle.answerCancel(call.account(), orderId, accept);
                    if (!accept && memo != null) {
                        messages.send(call.account(), orderId, memo);
                    }
                    return fields("result", fields("success", true, "target", String.valueOf(orderId)));
                },
                OrderMethods::failedResult);
    }

    private Map<String, Object> messages(GatewayCall call) {
        var orderId = GatewayCall.id("channel_id", call.required("channel_id"));
        return call.business(
                () -> fields(
                        "result",
                        fields(
                                "is_success",
                                true,
                                "message_detail_list",
                                Wire.list(
                                        "message_detail",
                                        messages.read(call.account(), orderId).stream()
                                                .map(m -> fields(
                                                        "id", String.valueOf(m.messageId()),
                                                        "sender_type", m.sender(),
                                                        "content", m.body(),
                                                        "gmt_create", Wire.time(m.createdAt()),
                                                        "read", m.readAt() != null))
                                                .toList()))),
                OrderMethods::messageFailed);
    }

    private Map<String, Object> sendMessage(GatewayCall call) {
        var param = call.requiredJson("create_param");
        var orderId = GatewayCall.id("channel_id", param.path("channel_id").asString(""));
        var content = param.path("content").asString("");
        return call.business(
                () -> fields(
                        "result",
                        fields(
                                "is_success",
                                true,
                                "message_id",
                                String.valueOf(messages.send(call.account(), orderId, content)
                                        .messageId()))),
                OrderMethods::messageFailed);
    }

    private static long orderId(GatewayCall call) {
        var param = call.requiredJson("param1");
        return GatewayCall.id("order_id", param.path("order_id").asString(""));
    }

    private static Map<String, Object> messageFailed(GatewayCall.Failure f) {
        return fields("result", fields("is_success", false, "error_code", f.code(), "error_msg", f.message()));
    }

    private static Map<String, Object> failedResult(GatewayCall.Failure f) {
        return fields("result", fields("success", false, "error_code", f.code(), "error_message", f.message()));
    }

    private static OrderStatus status(String name) {
        try {
            return OrderStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw GatewayException.isv("InvalidParameter", "order_status");
        }
    }
}
