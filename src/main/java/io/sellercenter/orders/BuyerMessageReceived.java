package io.sellercenter.orders;

/** A buyer wrote to the seller about an order. */
public record BuyerMessageReceived(long orderId, long sellerId, long messageId) {}
