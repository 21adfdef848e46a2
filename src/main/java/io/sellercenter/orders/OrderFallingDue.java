package io.sellercenter.orders;

import java.time.Instant;

/** An order waiting for shipment has less than 24 hours left before its ship-by deadline; published once per order. */
public record OrderFallingDue(long orderId, long sellerId, Instant shipBy) {}
