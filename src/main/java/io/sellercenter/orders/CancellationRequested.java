package io.sellercenter.orders;

/** A buyer asked to cancel a paid order; the seller has 48 hours to answer. */
public record CancellationRequested(long orderId, long sellerId) {}
