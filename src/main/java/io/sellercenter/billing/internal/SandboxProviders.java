package io.sellercenter.billing.internal;

import io.sellercenter.billing.PaymentProvider;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import java.security.MessageDigest;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** International Alipay and Wanlihui as sandbox providers; a real integration is another {@link PaymentProvider}. */
@Configuration(proxyBeanMethods = false)
class SandboxProviders {

    @Bean
    PaymentProvider alipayIntl(SandboxGateway gateway, SandboxSecret secret) {
        return new Sandbox(ProviderCode.ALIPAY_INTL, gateway, secret);
    }

    @Bean
    PaymentProvider wanlihui(SandboxGateway gateway, SandboxSecret secret) {
        return new Sandbox(ProviderCode.WANLIHUI, gateway, secret);
    }

    record Sandbox(ProviderCode code, SandboxGateway gateway, SandboxSecret secret) implements PaymentProvider {

        @Override
        public Order open(String merchantReference, Money amount, String subject, String notifyUrl) {
            var reference = gateway.open(code, merchantReference, amount, subject, notifyUrl);
            return new Order(reference, "/sandbox/" + path(code) + "/pay/" + reference);
        }

        @Override
        public void close(String providerReference) {
            gateway.close(providerReference);
        }

        @Override
        public boolean verify(byte[] body, String signature) {
            return signature != null
                    && MessageDigest.isEqual(
                            SandboxGateway.sign(secret.value(), body).getBytes(),
                            signature.toLowerCase(Locale.ROOT).getBytes());
        }
    }

    static String path(ProviderCode code) {
        return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ProviderCode fromPath(String path) {
        for (var code : ProviderCode.values()) {
            if (path(code).equals(path)) {
                return code;
            }
        }
        throw new NotFoundException("provider");
    }
}
