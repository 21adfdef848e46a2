package io.sellercenter.billing;

import io.sellercenter.shared.Money;

/** The provider confirmed a payment and the ledger holds it. */
public record PaymentSucceeded(long paymentId, long sellerId, String purpose, String reference, Money amount) {}
