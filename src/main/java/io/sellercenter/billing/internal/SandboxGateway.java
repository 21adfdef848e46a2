package io.sellercenter.billing.internal;

import io.sellercenter.billing.ProviderCode;
import io.sellercenter.shared.BodySignature;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.StateConflictException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox providers' own system, run in this process so that the real flow can be walked
 * without an outside service: it keeps its orders, shows a pay page, and notifies the platform
 * asynchronously over HTTP with an HMAC-SHA256 signature, retrying until the platform answers 200.
 */
@Component
public class SandboxGateway {

    static final String SIGNATURE_HEADER = "X-Sandbox-Signature";
    private static final Logger log = LoggerFactory.getLogger(SandboxGateway.class);

    public record SandboxOrder(
            String providerReference,
            ProviderCode provider,
            String merchantReference,
            Money amount,
            String subject,
            String status) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final SandboxSecret secret;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxGateway(JdbcClient jdbc, JsonMapper json, Clock clock, SandboxSecret secret) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.secret = secret;
    }

    String open(ProviderCode provider, String merchantReference, Money amount, String subject, String notifyUrl) {
        var reference =
                provider.name().substring(0, 2) + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        insert into sandbox_payments (provider_ref, provider, merchant_reference, amount_minor, currency,
                                                      subject, notify_url, status, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'WAITING', ?)""")
                .params(
                        reference,
                        provider.name(),
                        merchantReference,
                        amount.minorUnits(),
                        amount.currency().getCurrencyCode(),
                        subject,
                        notifyUrl,
                        Timestamp.from(clock.instant()))
                .update();
        return reference;
    }

    public SandboxOrder order(String providerReference) {
        return jdbc.sql("""
                        select provider_ref, provider, merchant_reference, amount_minor, currency, subject, status
                        from sandbox_payments where provider_ref = ?""")
                .param(providerReference)
                .query((rs, n) -> new SandboxOrder(
                        rs.getString(1),
                        ProviderCode.valueOf(rs.getString(2)),
                        rs.getString(3),
                        new Money(rs.getLong(4), Currency.getInstance(rs.getString(5))),
                        rs.getString(6),
                        rs.getString(7)))
                .optional()
                .orElseThrow(() -> new NotFoundException("payment order"));
    }

    /** The payer pays ({@code paid}) or declines; the platform hears of it asynchronously. */
    public void settle(String providerReference, boolean paid) {
        var moved = jdbc.sql("update sandbox_payments set status = ? where provider_ref = ? and status = 'WAITING'")
                .params(paid ? "PAID" : "DECLINED", providerReference)
                .update();
        if (moved == 0) {
            throw new StateConflictException("PAYMENT_ORDER_NOT_OPEN");
        }
        var notifyUrl = jdbc.sql("select notify_url from sandbox_payments where provider_ref = ?")
                .param(providerReference)
                .query(String.class)
                .single();
        var order = order(providerReference);
        var body = json.writeValueAsBytes(Map.of(
                "providerReference", order.providerReference(),
                "merchantReference", order.merchantReference(),
                "status", order.status(),
                "amount", order.amount().amount().toPlainString(),
                "currency", order.amount().currency().getCurrencyCode()));
        Thread.ofVirtual().name("sandbox-notify-" + providerReference).start(() -> notify(notifyUrl, body));
    }

    public static ProviderCode provider(String path) {
        return SandboxProviders.fromPath(path);
    }

    void close(String providerReference) {
        jdbc.sql("update sandbox_payments set status = 'CLOSED' where provider_ref = ? and status = 'WAITING'")
                .param(providerReference)
                .update();
    }

    private void notify(String url, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, sign(secret.value(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        var delay = Duration.ofMillis(50);
        for (int attempt = 1; attempt <= 8; attempt++) {
            try {
                Thread.sleep(delay);
                var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                log.warn("Sandbox notification to {} answered {} (attempt {})", url, response.statusCode(), attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                log.warn("Sandbox notification to {} failed (attempt {}): {}", url, attempt, e.toString());
            }
            delay = delay.multipliedBy(3);
        }
    }

    static String sign(String secret, byte[] body) {
        return BodySignature.hex(secret, body);
    }
}
