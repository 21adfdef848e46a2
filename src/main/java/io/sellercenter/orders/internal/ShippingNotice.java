package io.sellercenter.orders.internal;

import java.time.Instant;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * A shipping notice (R-H9): the whole order (ALL) or some lines (PART, {@code items} per order line), with the service
 * and its tracking number. Offline (R-H13) it names the seller's own carrier and has no platform compensation.
 */
@NamedInterface("gateway")
public record ShippingNotice(
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
        Instant modifiedAt) {

    public enum SendType {
        ALL,
        PART
    }
}
