package io.sellercenter.billing;

import io.sellercenter.shared.Money;

/**
 * A payment provider as the platform talks to it: open a payment order, hear its result later
 * through a signed asynchronous notification, close an order the payer abandoned.
 */
public interface PaymentProvider {

    ProviderCode code();

    /** Opens an order; the payer completes it at {@code payUrl}. */
    Order open(String merchantReference, Money amount, String subject, String notifyUrl);

    /** Closes a still-open order so that it can no longer be paid. */
    void close(String providerReference);

    /** Whether a notification body carries this provider's valid signature. */
    boolean verify(byte[] body, String signature);

    record Order(String providerReference, String payUrl) {}
}
