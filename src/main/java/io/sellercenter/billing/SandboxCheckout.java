package io.sellercenter.billing;

import io.sellercenter.billing.internal.SandboxGateway;
import io.sellercenter.shared.NotFoundException;
import org.springframework.stereotype.Service;

/** The payer's side of the sandbox providers: look at an order, pay or decline it (pages and demo data). */
@Service
public class SandboxCheckout {

    public record OrderView(
            String reference, String provider, String amount, String currency, String subject, String status) {}

    private final SandboxGateway gateway;

    SandboxCheckout(SandboxGateway gateway) {
        this.gateway = gateway;
    }

    public OrderView order(String providerPath, String reference) {
        var order = gateway.order(reference);
        if (order.provider() != SandboxGateway.provider(providerPath)) {
            throw new NotFoundException("payment order");
        }
        return new OrderView(
                order.providerReference(),
                order.provider().name(),
                order.amount().amount().toPlainString(),
                order.amount().currency().getCurrencyCode(),
                order.subject(),
                order.status());
    }

    public void settle(String providerPath, String reference, boolean paid) {
        order(providerPath, reference);
        gateway.settle(reference, paid);
    }
}
