package io.sellercenter.billing.web;

import io.sellercenter.billing.internal.PaymentNotifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments")
class PaymentCallbackApi {

    private final PaymentNotifications notifications;

    PaymentCallbackApi(PaymentNotifications notifications) {
        this.notifications = notifications;
    }

    @PostMapping(path = "/api/v1/payments/callbacks/{provider}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A payment provider's asynchronous notification, signed (401 when the signature is wrong)")
    String notified(
            @PathVariable String provider,
            @RequestHeader(name = "X-Sandbox-Signature", required = false) String signature,
            @RequestBody byte[] body) {
        notifications.receive(provider, body, signature);
        return "success";
    }
}
