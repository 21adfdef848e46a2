package io.sellercenter.orders;

/** An order moved from one status to another, published in the transaction that saved the move. */
public record OrderStatusChanged(long orderId, long sellerId, OrderStatus from, OrderStatus to) {}
