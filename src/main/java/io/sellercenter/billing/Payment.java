package io.sellercenter.billing;

import io.sellercenter.shared.Money;
import java.time.Instant;

/** A payment as the paying module sees it. */
public record Payment(
        long paymentId,
        long sellerId,
        String purpose,
        String reference,
        ProviderCode provider,
        Money amount,
        Status status,
        String payUrl,
        Instant createdAt,
        Instant completedAt) {

    public enum Status {
        PENDING,
        SUCCEEDED,
        FAILED,
        EXPIRED,
        REFUNDED,
        SETTLED
    }
}
