package io.sellercenter.shipping.web;

import static io.sellercenter.shipping.LogisticsOrders.Status.*;

import io.sellercenter.shipping.LogisticsOrders.Status;
import java.util.Map;
import java.util.Set;

/** The tabs of the logistics-order list, each a group of statuses as a seller thinks of them. */
enum LogisticsTab {
    ALL(Set.of()),
    AWAITING(Set.of(CREATED, AWAITING_PICKUP, AWAITING_DROP_OFF)),
    RECEIVED(Set.of(Status.RECEIVED)),
    IN_TRANSIT(Set.of(DISPATCHED, Status.IN_TRANSIT)),
    DELIVERED(Set.of(Status.DELIVERED)),
    UNDELIVERABLE(Set.of(Status.UNDELIVERABLE, RETURNED, DESTROYED)),
    CANCELLED(Set.of(Status.CANCELLED));

    final Set<Status> statuses;

    LogisticsTab(Set<Status> statuses) {
        this.statuses = statuses;
    }

    long count(Map<Status, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> statuses.isEmpty() || statuses.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Whether a logistics order in this status may still be cancelled: before the transit warehouse receives it. */
    static boolean cancellable(Status status) {
        return AWAITING.statuses.contains(status);
    }
}
