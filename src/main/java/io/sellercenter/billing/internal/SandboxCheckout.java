package io.sellercenter.billing.internal;

import org.springframework.stereotype.Service;

/** The payer's side of the sandbox: look at an order, pay or decline it. */
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
        if (order.provider() != SandboxProviders.fromPath(providerPath)) {
            throw new io.sellercenter.shared.NotFoundException("payment order");
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
