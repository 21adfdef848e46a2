package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.OrderLifecycle;
import io.sellercenter.orders.internal.OrderMessages;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The seller's answer to a buyer's cancellation request, from the after-sales page and the API alike. */
public record CancelAnswer(
        @NotNull Boolean accept,
        @Size(max = OrderMessages.MAX_LENGTH) String reason) {

    /** Answers; a refusal's reason is written to the buyer on the order. */
    void apply(CurrentAccount me, long orderId, OrderLifecycle lifecycle, OrderMessages messages) {
        lifecycle.answerCancel(me, orderId, accept);
        if (!accept && reason != null && !reason.isBlank()) {
            messages.send(me, orderId, reason);
        }
    }
}
