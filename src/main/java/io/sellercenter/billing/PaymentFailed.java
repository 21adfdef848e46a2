package io.sellercenter.billing;

/** The provider declined a payment; nothing was charged. */
public record PaymentFailed(long paymentId, long sellerId, String purpose, String reference) {}
