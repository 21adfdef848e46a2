package io.sellercenter.shipping;

/** Where a logistics order stands; the moves between them are the transition table of DESIGN.md. */
public enum LogisticsOrderStatus {
    CREATED,
    AWAITING_PICKUP_ANSWER,
    AWAITING_PICKUP,
    AWAITING_DROP_OFF,
    RECEIVED,
    DISPATCHED,
    IN_TRANSIT,
    DELIVERED,
    UNDELIVERABLE,
    RETURNED,
    DESTROYED,
    CANCELLED
}
