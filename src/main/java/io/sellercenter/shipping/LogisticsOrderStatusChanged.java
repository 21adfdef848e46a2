package io.sellercenter.shipping;

/** A logistics order was created ({@code from} null) or moved, published in the transaction that saved it. */
public record LogisticsOrderStatusChanged(
        long logisticsOrderId, long orderId, long sellerId, LogisticsOrderStatus from, LogisticsOrderStatus to) {}
