package io.sellercenter.shipping.web;

import static io.sellercenter.shipping.LogisticsOrderStatus.*;

import io.sellercenter.shipping.LogisticsOrderStatus;
import java.util.Map;
import java.util.Set;

/** The tabs of the logistics-order list, each a group of statuses as a seller thinks of them. */
enum LogisticsTab {
    ALL(Set.of()),
    AWAITING(Set.of(CREATED, AWAITING_PICKUP_ANSWER, AWAITING_PICKUP, AWAITING_DROP_OFF)),
    RECEIVED(Set.of(LogisticsOrderStatus.RECEIVED)),
    IN_TRANSIT(Set.of(DISPATCHED, LogisticsOrderStatus.IN_TRANSIT)),
    DELIVERED(Set.of(LogisticsOrderStatus.DELIVERED)),
    UNDELIVERABLE(Set.of(LogisticsOrderStatus.UNDELIVERABLE, RETURNED, DESTROYED)),
    CANCELLED(Set.of(LogisticsOrderStatus.CANCELLED));

    final Set<LogisticsOrderStatus> statuses;

    LogisticsTab(Set<LogisticsOrderStatus> statuses) {
        this.statuses = statuses;
    }

    long count(Map<LogisticsOrderStatus, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> statuses.isEmpty() || statuses.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Whether a logistics order in this status may still be cancelled: before the transit warehouse receives it. */
    static boolean cancellable(LogisticsOrderStatus status) {
        return AWAITING.statuses.contains(status);
    }
}
