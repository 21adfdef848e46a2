package io.sellercenter.openplatform.internal;

import static io.sellercenter.openplatform.internal.GatewayCall.fields;

import io.sellercenter.openplatform.Topic;
import io.sellercenter.orders.OrderStatusChanged;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.shipping.LogisticsOrderStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the modules' events into pushed messages, in the publishing transaction (not after it, as module listeners
 * run), so the outbox row commits or rolls back with the change and keeps each order's events in their order.
 */
@Component
class PushEvents {

    private final PushOutbox outbox;

    PushEvents(PushOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(OrderStatusChanged e) {
        var topic = switch (e.to()) {
            case WAIT_SELLER_SEND_GOODS -> Topic.ORDER_WAIT_SELLER_SEND_GOODS;
            case SELLER_PART_SEND_GOODS -> Topic.ORDER_SELLER_PART_SEND_GOODS;
            case WAIT_BUYER_ACCEPT_GOODS -> Topic.ORDER_WAIT_BUYER_ACCEPT_GOODS;
            case IN_CANCEL -> Topic.ORDER_IN_CANCEL;
            case FINISH -> Topic.ORDER_CLOSED;
            default -> null;
        };
        if (topic != null) {
            outbox.enqueue(
                    e.sellerId(),
                    topic,
                    "order:" + e.orderId(),
                    fields(
                            "order_id", String.valueOf(e.orderId()),
                            "order_status", e.to().name(),
                            "previous_status",
                                    e.from() == null ? null : e.from().name()));
        }
    }

    @EventListener
    void on(LogisticsOrderStatusChanged e) {
        outbox.enqueue(
                e.sellerId(),
                Topic.LOGISTICS_ORDER_STATUS,
                "order:" + e.orderId(),
                fields(
                        "logistics_order_id", e.logisticsOrderId(),
                        "trade_order_id", String.valueOf(e.orderId()),
                        "logistics_status", LogisticsMethods.platformStatus(e.to()),
                        "logistics_order_status", e.to().name(),
                        "previous_logistics_order_status",
                                e.from() == null ? null : e.from().name()));
    }

    @EventListener
    void on(ReviewDecided e) {
        outbox.enqueue(
                e.sellerId(),
                Topic.REVIEW_DECIDED,
                "review:" + e.reviewId(),
                fields(
                        "review_id", e.reviewId(),
                        "kind", e.kind().name(),
                        "subject_id", e.subjectId(),
                        "decision", e.decision().name(),
                        "reason_codes", e.reasonCodes().stream().map(Enum::name).toList(),
                        "comment", e.comment()));
    }
}
