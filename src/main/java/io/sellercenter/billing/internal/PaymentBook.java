package io.sellercenter.billing.internal;

import io.sellercenter.billing.Payment;
import io.sellercenter.billing.PaymentProvider;
import io.sellercenter.billing.PaymentSucceeded;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.StateConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform's record of payments and what provider notifications do to them. */
@Service
public class PaymentBook {

    private static final String SELECT = """
            select id, seller_id, purpose, reference, provider, amount_minor, currency, status, pay_url,
                   created_at, completed_at, provider_ref
            from payments""";

    private final JdbcClient jdbc;
    private final Map<ProviderCode, PaymentProvider> providers = new EnumMap<>(ProviderCode.class);
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration abandonedAfter;
    private final CallbackAddress callbacks;

    PaymentBook(
            JdbcClient jdbc,
            List<PaymentProvider> providers,
            Ledger ledger,
            ApplicationEventPublisher events,
            Clock clock,
            CallbackAddress callbacks,
            @Value("${sellercenter.payments.abandoned-after:PT30M}") Duration abandonedAfter) {
        this.jdbc = jdbc;
        providers.forEach(p -> this.providers.put(p.code(), p));
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.callbacks = callbacks;
        this.abandonedAfter = abandonedAfter;
    }

    @Transactional
    public Payment start(
            long sellerId, String purpose, String reference, Money amount, ProviderCode providerCode, String subject) {
        // serialises racing starts for one reference
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param(reference)
                .query(Object.class)
                .single();
        var live = jdbc.sql(
                        SELECT + " where reference = ? and status in ('PENDING', 'SUCCEEDED', 'REFUNDED', 'SETTLED')")
                .param(reference)
                .query(this::map)
                .optional();
        if (live.isPresent()) {
            var payment = live.get();
            if (payment.status() != Payment.Status.PENDING) {
                throw new StateConflictException("ALREADY_PAID");
            }
            var abandoned = payment.createdAt().plus(abandonedAfter).isBefore(clock.instant());
            if (!abandoned && payment.provider() == providerCode) {
                return payment;
            }
            expire(payment);
        }
        var now = Timestamp.from(clock.instant());
        var id = jdbc.sql("""
                        insert into payments (version, seller_id, purpose, reference, provider, amount_minor, currency, status, created_at)
                        values (0, ?, ?, ?, ?, ?, ?, 'PENDING', ?) returning id""")
                .params(
                        sellerId,
                        purpose,
                        reference,
                        providerCode.name(),
                        amount.minorUnits(),
                        amount.currency().getCurrencyCode(),
                        now)
                .query(Long.class)
                .single();
        var order = providers
                .get(providerCode)
                .open(String.valueOf(id), amount, subject, callbacks.forProvider(providerCode));
        jdbc.sql("update payments set provider_ref = ?, pay_url = ? where id = ?")
                .params(order.providerReference(), order.payUrl(), id)
                .update();
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Payment> latest(String reference) {
        return jdbc.sql(SELECT + " where reference = ? order by id desc limit 1")
                .param(reference)
                .query(this::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Payment> history(String reference) {
        return jdbc.sql(SELECT + " where reference = ? order by id desc")
                .param(reference)
                .query(this::map)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Payment> find(long paymentId) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(paymentId)
                .query(this::map)
                .optional();
    }

    /** Applies a verified provider notification once; repeats change nothing. */
    @Transactional
    public void notified(ProviderCode provider, String providerReference, boolean paid) {
        var payment = jdbc.sql(SELECT + " where provider = ? and provider_ref = ? for update")
                .params(provider.name(), providerReference)
                .query(this::map)
                .optional();
        if (payment.isEmpty() || payment.get().status() != Payment.Status.PENDING) {
            return;
        }
        var p = payment.get();
        jdbc.sql("update payments set version = version + 1, status = ?, completed_at = ? where id = ?")
                .params(paid ? "SUCCEEDED" : "FAILED", Timestamp.from(clock.instant()), p.paymentId())
                .update();
        // a declined payment stays on record as FAILED (deposits page, payment history): nothing else follows from it
        if (paid) {
            ledger.post(
                    "payment:" + p.paymentId(),
                    p.sellerId(),
                    p.purpose() + " " + p.reference(),
                    p.amount(),
                    "provider:" + provider.name() + ":clearing",
                    "seller:" + p.sellerId() + ":" + purposeAccount(p));
            events.publishEvent(
                    new PaymentSucceeded(p.paymentId(), p.sellerId(), p.purpose(), p.reference(), p.amount()));
        }
    }

    @Transactional
    public void refund(String reference) {
        close(reference, "REFUNDED", "refund", payment -> new String[] {
            "seller:" + payment.sellerId() + ":" + purposeAccount(payment),
            "provider:" + payment.provider().name() + ":clearing"
        });
    }

    @Transactional
    public void settle(String reference) {
        close(reference, "SETTLED", "settle", payment -> new String[] {
            "seller:" + payment.sellerId() + ":" + purposeAccount(payment), "seller:" + payment.sellerId() + ":balance"
        });
    }

    /** Moves a succeeded payment on once: the status update is conditional, the ledger posting unique. */
    private void close(String reference, String status, String prefix, Function<Payment, String[]> accounts) {
        var payment = jdbc.sql(SELECT + " where reference = ? and status = 'SUCCEEDED' for update")
                .param(reference)
                .query(this::map)
                .optional();
        if (payment.isEmpty()) {
            return;
        }
        var p = payment.get();
        jdbc.sql("update payments set version = version + 1, status = ?, completed_at = ? where id = ?")
                .params(status, Timestamp.from(clock.instant()), p.paymentId())
                .update();
        var debitCredit = accounts.apply(p);
        ledger.post(
                prefix + ":payment:" + p.paymentId(),
                p.sellerId(),
                prefix + " " + p.reference(),
                p.amount(),
                debitCredit[0],
                debitCredit[1]);
    }

    private static String purposeAccount(Payment payment) {
        return payment.purpose().toLowerCase(Locale.ROOT);
    }

    private void expire(Payment payment) {
        providers.get(payment.provider()).close(providerRef(payment.paymentId()));
        jdbc.sql(
                        "update payments set version = version + 1, status = 'EXPIRED', completed_at = ? where id = ? and status = 'PENDING'")
                .params(Timestamp.from(clock.instant()), payment.paymentId())
                .update();
    }

    private String providerRef(long paymentId) {
        return jdbc.sql("select provider_ref from payments where id = ?")
                .param(paymentId)
                .query(String.class)
                .single();
    }

    private Payment map(ResultSet rs, int row) throws SQLException {
        return new Payment(
                rs.getLong("id"),
                rs.getLong("seller_id"),
                rs.getString("purpose"),
                rs.getString("reference"),
                ProviderCode.valueOf(rs.getString("provider")),
                new Money(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))),
                Payment.Status.valueOf(rs.getString("status")),
                rs.getString("pay_url"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("completed_at") == null
                        ? null
                        : rs.getTimestamp("completed_at").toInstant());
    }
}
