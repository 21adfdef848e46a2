package io.sellercenter.sellers.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.Payment;
import io.sellercenter.billing.PaymentSucceeded;
import io.sellercenter.billing.Payments;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one major category a seller operates in and its deposit (R-S4, R-S5). */
@Service
public class MajorCategories {

    static final String DEPOSIT = "DEPOSIT";

    public record Choice(Category category, boolean depositPaid, Optional<Payment> latestPayment) {}

    /** The major category's deposit with every payment made for it, newest first. */
    public record Deposit(Category category, boolean paid, List<Payment> payments) {}

    private final JdbcClient jdbc;
    private final Categories categories;
    private final Certifications certifications;
    private final Payments payments;
    private final Clock clock;

    MajorCategories(
            JdbcClient jdbc, Categories categories, Certifications certifications, Payments payments, Clock clock) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.certifications = certifications;
        this.payments = payments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Choice> find(long sellerId) {
        return jdbc.sql("select major_category_id, deposit_paid from seller_categories where seller_id = ?")
                .param(sellerId)
                .query((rs, n) -> new Choice(
                        categories.get(rs.getLong(1)),
                        rs.getBoolean(2),
                        payments.latest(reference(sellerId, rs.getLong(1)))))
                .optional();
    }

    /** Chooses the major category; once certification is approved or a deposit is paid it is fixed (R-S4). */
    @Transactional
    public Choice choose(CurrentAccount me, long categoryId) {
        var seller = me.requireMain().value();
        var category = categories
                .find(categoryId)
                .orElseThrow(() -> new InvalidInputException("categoryId", "UNKNOWN_CATEGORY"));
        if (!category.isTopLevel()) {
            throw new RuleViolationException(Rule.R_S4, "NOT_A_MAJOR_CATEGORY");
        }
        var current = find(seller);
        if (current.isPresent() && current.get().category().categoryId() != categoryId) {
            var approved = certifications
                    .findBySeller(seller)
                    .map(c -> c.status() == Certification.Status.APPROVED)
                    .orElse(false);
            var paying = current.get().depositPaid()
                    || current.get()
                            .latestPayment()
                            .map(p -> p.status() == Payment.Status.PENDING)
                            .orElse(false);
            if (approved || paying) {
                throw new RuleViolationException(Rule.R_S4, "MAJOR_CATEGORY_LOCKED");
            }
        }
        jdbc.sql("""
                        insert into seller_categories (seller_id, version, major_category_id, deposit_paid, updated_at)
                        values (?, 0, ?, false, ?)
                        on conflict (seller_id) do update set major_category_id = excluded.major_category_id,
                            version = seller_categories.version + 1, updated_at = excluded.updated_at""")
                .params(seller, categoryId, Timestamp.from(clock.instant()))
                .update();
        return find(seller).orElseThrow();
    }

    /** The deposit of the chosen major category, if one is chosen (finance). */
    @Transactional(readOnly = true)
    public Optional<Deposit> deposit(CurrentAccount me) {
        var seller = me.requirePermission(Permission.FINANCE).value();
        return find(seller)
                .map(choice -> new Deposit(
                        choice.category(),
                        choice.depositPaid(),
                        payments.history(reference(seller, choice.category().categoryId()))));
    }

    /** Starts paying the category's deposit; a pending payment is returned again, a paid one refused (R-S5). */
    @Transactional
    public Payment payDeposit(CurrentAccount me, ProviderCode provider) {
        var seller = me.requirePermission(Permission.FINANCE).value();
        var choice = find(seller).orElseThrow(() -> new RuleViolationException(Rule.R_S4, "MAJOR_CATEGORY_REQUIRED"));
        if (choice.depositPaid()) {
            throw new StateConflictException("ALREADY_PAID");
        }
        var category = choice.category();
        return payments.start(
                new SellerId(seller),
                DEPOSIT,
                reference(seller, category.categoryId()),
                category.deposit(),
                provider,
                "Deposit " + category.nameEn() + " / " + category.nameZh());
    }

    /** Asynchronous, after the notification's transaction: the provider's confirmation never waits on it. */
    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        if (!paid.purpose().equals(DEPOSIT)) {
            return;
        }
        jdbc.sql("""
                        update seller_categories set deposit_paid = true, deposit_payment_id = ?, version = version + 1, updated_at = ?
                        where seller_id = ? and ? = 'deposit:' || seller_id || ':' || major_category_id""")
                .params(paid.paymentId(), Timestamp.from(clock.instant()), paid.sellerId(), paid.reference())
                .update();
    }

    static String reference(long sellerId, long categoryId) {
        return "deposit:" + sellerId + ":" + categoryId;
    }
}
