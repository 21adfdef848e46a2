package io.sellercenter.billing.internal;

import io.sellercenter.billing.PaymentProvider;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.shared.BodySignature;
import io.sellercenter.shared.InvalidInputException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Verifies a provider's notification and hands it to the {@link PaymentBook}. */
@Service
public class PaymentNotifications {

    private final Map<ProviderCode, PaymentProvider> providers = new EnumMap<>(ProviderCode.class);
    private final PaymentBook book;
    private final JsonMapper json;

    PaymentNotifications(List<PaymentProvider> providers, PaymentBook book, JsonMapper json) {
        providers.forEach(p -> this.providers.put(p.code(), p));
        this.book = book;
        this.json = json;
    }

    public void receive(String providerPath, byte[] body, String signature) {
        var provider = SandboxProviders.fromPath(providerPath);
        if (!providers.get(provider).verify(body, signature)) {
            throw new BodySignature.InvalidSignatureException();
        }
        try {
            var notification = json.readTree(body);
            var reference = notification.path("providerReference").asString("");
            var status = notification.path("status").asString("");
            if (reference.isEmpty() || !(status.equals("PAID") || status.equals("DECLINED"))) {
                throw new InvalidInputException("status", "INVALID_VALUE");
            }
            book.notified(provider, reference, status.equals("PAID"));
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "INVALID_VALUE");
        }
    }
}
