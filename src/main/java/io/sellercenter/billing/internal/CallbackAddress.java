package io.sellercenter.billing.internal;

import io.sellercenter.billing.ProviderCode;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where providers send their notifications: {@code sellercenter.public-url}, or this process on
 * loopback when it is not set.
 */
@Component
class CallbackAddress {

    private volatile String base;

    CallbackAddress(@Value("${sellercenter.public-url:}") String publicUrl) {
        this.base = publicUrl.isBlank() ? null : publicUrl.replaceAll("/$", "");
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (base == null) {
            base = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    String base() {
        return base == null ? "http://localhost:8080" : base;
    }

    String forProvider(ProviderCode provider) {
        return base() + "/api/v1/payments/callbacks/"
                + provider.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
