package io.sellercenter.billing.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The key the sandbox providers sign notifications with: {@code sellercenter.payments.sandbox-secret}, or else one
 * made at the first start and kept in the database, so that every instance verifies what any other signed.
 */
@Component
class SandboxSecret {

    private final Supplier<String> value;

    SandboxSecret(@Value("${sellercenter.payments.sandbox-secret:}") String configured, JdbcClient jdbc) {
        this.value = configured.isBlank() ? SingletonSupplier.of(() -> stored(jdbc)) : () -> configured;
    }

    String value() {
        return value.get();
    }

    private static String stored(JdbcClient jdbc) {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        jdbc.sql("insert into sandbox_secret (id, secret) values (1, ?) on conflict (id) do nothing")
                .param(HexFormat.of().formatHex(bytes))
                .update();
        return jdbc.sql("select secret from sandbox_secret where id = 1")
                .query(String.class)
                .single();
    }
}
