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
import io.sellercenter.review.ReasonCode;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one major category a seller operates in and its deposit (R-S4, R-S5). */
@Service
public class MajorCategories {

    static final String DEPOSIT = "DEPOSIT";

    public record Choice(
            long sellerId,
            Category category,
            boolean depositPaid,
            Optional<Payment> latestPayment,
            Qualifications qualifications) {

        /** R-S4: the deposit waits for the category's qualifications to be approved, when it requires any. */
        public boolean depositPayable() {
            return qualifications.status() == QualificationStatus.NOT_REQUIRED
                    || qualifications.status() == QualificationStatus.APPROVED;
        }
    }

    public enum QualificationStatus {
        NOT_REQUIRED,
        DRAFT,
        IN_REVIEW,
        APPROVED,
        REJECTED
    }

    /** The documents given for the category's required qualifications, by code, and their review. */
    public record Qualifications(
            QualificationStatus status,
            Map<String, Long> documents,
            Long reviewId,
            List<String> rejectionReasons,
            String reviewComment) {}

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
        return jdbc.sql("""
                        select major_category_id, deposit_paid, qualification_status, qualification_review_id,
                               qualification_rejection_reasons, qualification_review_comment
                        from seller_categories where seller_id = ?""")
                .param(sellerId)
                .query((rs, n) -> {
                    var category = categories.get(rs.getLong(1));
                    return new Choice(
                            sellerId,
                            category,
                            rs.getBoolean(2),
                            payments.latest(reference(sellerId, rs.getLong(1))),
                            new Qualifications(
                                    category.requiredQualifications().isEmpty()
                                            ? QualificationStatus.NOT_REQUIRED
                                            : QualificationStatus.valueOf(rs.getString(3)),
                                    documents(sellerId, category.categoryId()),
                                    (Long) rs.getObject(4),
                                    ReasonCode.split(rs.getString(5)),
                                    rs.getString(6)));
                })
                .optional();
    }

    private Map<String, Long> documents(long sellerId, long categoryId) {
        var documents = new LinkedHashMap<String, Long>();
        jdbc.sql("select code, document_id from seller_qualifications where seller_id = ? and category_id = ?")
                .params(sellerId, categoryId)
                .query((RowCallbackHandler) rs -> documents.put(rs.getString(1), rs.getLong(2)));
        return documents;
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
            var reviewed = EnumSet.of(QualificationStatus.IN_REVIEW, QualificationStatus.APPROVED)
                    .contains(current.get().qualifications().status());
            var paying = current.get().depositPaid()
                    || current.get()
                            .latestPayment()
                            .map(p -> p.status() == Payment.Status.PENDING)
                            .orElse(false);
            if (approved || paying || reviewed) {
                throw new RuleViolationException(Rule.R_S4, "MAJOR_CATEGORY_LOCKED");
            }
        }
        jdbc.sql("""
                        insert into seller_categories (seller_id, version, major_category_id, deposit_paid, updated_at)
                        values (?, 0, ?, false, ?)
                        on conflict (seller_id) do update set major_category_id = excluded.major_category_id,
                            version = seller_categories.version + 1, updated_at = excluded.updated_at,
                            qualification_status = case when seller_categories.major_category_id = excluded.major_category_id
                              then seller_categories.qualification_status else 'DRAFT' end,
                            qualification_rejection_reasons = case when seller_categories.major_category_id = excluded.major_category_id
                              then seller_categories.qualification_rejection_reasons else '' end,
                            qualification_review_comment = case when seller_categories.major_category_id = excluded.major_category_id
                              then seller_categories.qualification_review_comment end""")
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
        if (!choice.depositPayable()) {
            throw new RuleViolationException(Rule.R_S4, "QUALIFICATIONS_NOT_APPROVED");
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
