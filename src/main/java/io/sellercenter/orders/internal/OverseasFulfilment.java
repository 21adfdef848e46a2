package io.sellercenter.orders.internal;

import io.sellercenter.warehouses.FulfilmentFees;
import io.sellercenter.warehouses.Warehouse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An outbound order to an overseas warehouse: the order lines it packs and ships locally, and its fees (R-W8). */
public record OverseasFulfilment(
        long id,
        long sellerId,
        long orderId,
        long warehouseId,
        Warehouse.Kind warehouseKind,
        Status status,
        Map<Long, Integer> items,
        List<FulfilmentFees.Fee> fees,
        String serviceName,
        String trackingNo,
        String carrier,
        Long noticeId,
        Instant requestedAt,
        Instant shippedAt,
        Instant cancelledAt) {

    public enum Status {
        REQUESTED,
        SHIPPED,
        CANCELLED
    }

    /** The number the warehouse knows it by. */
    public String outboundNo() {
        return "OF" + String.format("%010d", id);
    }

    static Optional<Long> idOf(String outboundNo) {
        return outboundNo != null && outboundNo.matches("OF[0-9]{10}")
                ? Optional.of(Long.parseLong(outboundNo.substring(2)))
                : Optional.empty();
    }
}
