package io.sellercenter.billing.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key the sandbox providers sign notifications with: {@code sellercenter.payments.sandbox-secret},
 * or a random one per process (enough for one instance; several instances need the setting).
 */
@Component
class SandboxSecret {

    private final String value;

    SandboxSecret(@Value("${sellercenter.payments.sandbox-secret:}") String configured) {
        if (configured.isBlank()) {
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            this.value = HexFormat.of().formatHex(bytes);
        } else {
            this.value = configured;
        }
    }

    String value() {
        return value;
    }
}
