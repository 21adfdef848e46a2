package io.sellercenter.sellers.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.catalog.Qualification;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.review.Decision;
import io.sellercenter.review.Material;
import io.sellercenter.review.Precheck;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewSubmissions;
import io.sellercenter.sellers.internal.MajorCategories.Choice;
import io.sellercenter.sellers.internal.MajorCategories.QualificationStatus;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.StateConflictException;
import io.sellercenter.shared.Term;
import io.sellercenter.shared.Terms;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * R-S4 (seed 004: "different categories have different qualification requirements"): the documents the chosen major
 * category requires, given one by one, prechecked (each missing one named), reviewed once by staff; the deposit waits
 * for the approval.
 */
@Service
public class CategoryQualifications {

    private final JdbcClient jdbc;
    private final MajorCategories majorCategories;
    private final DocumentCatalog documents;
    private final ReviewSubmissions reviews;
    private final Clock clock;

    CategoryQualifications(
            JdbcClient jdbc,
            MajorCategories majorCategories,
            DocumentCatalog documents,
            ReviewSubmissions reviews,
            Clock clock) {
        this.jdbc = jdbc;
        this.majorCategories = majorCategories;
        this.documents = documents;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Gives (or replaces) the document of one required qualification; a rejected set becomes a draft again. */
    @Transactional
    public Choice provide(CurrentAccount me, String code, long documentId) {
        var seller = me.requireMain();
        var choice = lockChoice(seller);
        var qualification = choice.category().requiredQualifications().stream()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("code", "UNKNOWN_QUALIFICATION"));
        var status = choice.qualifications().status();
        if (status == QualificationStatus.IN_REVIEW || status == QualificationStatus.APPROVED) {
            throw new StateConflictException("QUALIFICATIONS_LOCKED", Term.of("stepStatus", status));
        }
        if (documents.owned(seller, documentId).isEmpty()) {
            throw new InvalidInputException("documentId", "DOCUMENT_NOT_FOUND");
        }
        jdbc.sql("""
                        insert into seller_qualifications (seller_id, category_id, code, document_id, updated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (seller_id, category_id, code) do update
                          set document_id = excluded.document_id, updated_at = excluded.updated_at""")
                .params(
                        seller.value(),
                        choice.category().categoryId(),
                        qualification.code(),
                        documentId,
                        Timestamp.from(clock.instant()))
                .update();
        move(seller.value(), QualificationStatus.DRAFT, null);
        return majorCategories.find(seller.value()).orElseThrow();
    }

    /** Each required document, passed when given and still the seller's, else named as missing. */
    @Transactional(readOnly = true)
    public List<Precheck> precheck(SellerId seller, Choice choice) {
        var locale = LocaleContextHolder.getLocale();
        var given = choice.qualifications().documents();
        return choice.category().requiredQualifications().stream()
                .map(q -> given.containsKey(q.code())
                                && documents.owned(seller, given.get(q.code())).isPresent()
                        ? Precheck.passed(q.code())
                        : Precheck.failed(q.code(), "QUALIFICATION_MISSING", q.name(locale)))
                .toList();
    }

    /** Sends the documents to review once all are given (422 PRECHECK_FAILED naming the missing ones). */
    @Transactional
    public Choice submit(CurrentAccount me) {
        var seller = me.requireMain();
        var choice = lockChoice(seller);
        var status = choice.qualifications().status();
        if (status == QualificationStatus.NOT_REQUIRED) {
            throw new RuleViolationException(Rule.R_S4, "NO_QUALIFICATIONS_REQUIRED");
        }
        if (status == QualificationStatus.IN_REVIEW || status == QualificationStatus.APPROVED) {
            throw new StateConflictException("QUALIFICATIONS_LOCKED", Term.of("stepStatus", status));
        }
        var results = precheck(seller, choice);
        var failed = results.stream().filter(p -> !p.passed()).toList();
        if (!failed.isEmpty()) {
            var missing = failed.stream().map(p -> p.args().getFirst()).toList();
            throw new RuleViolationException(Rule.R_S4, "PRECHECK_FAILED", Terms.of("qualification", missing))
                    .with("failed", failed.stream().map(Precheck::check).toList());
        }
        var category = choice.category();
        var materials = new ArrayList<Material>();
        materials.add(Material.value("majorCategory", category.nameEn() + " / " + category.nameZh()));
        for (var q : category.requiredQualifications()) {
            materials.add(
                    material(seller, q, choice.qualifications().documents().get(q.code())));
        }
        var reviewId = reviews.submit(
                ReviewKind.CATEGORY_QUALIFICATIONS,
                seller,
                seller.value(),
                category.nameEn() + " / " + category.nameZh(),
                materials,
                results);
        move(seller.value(), QualificationStatus.IN_REVIEW, reviewId);
        return majorCategories.find(seller.value()).orElseThrow();
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReviewDecided decided) {
        if (decided.kind() != ReviewKind.CATEGORY_QUALIFICATIONS) {
            return;
        }
        var approved = decided.decision() == Decision.APPROVE;
        jdbc.sql("""
                        update seller_categories set qualification_status = ?, qualification_rejection_reasons = ?,
                          qualification_review_comment = ?, version = version + 1, updated_at = ?
                        where seller_id = ? and qualification_status = 'IN_REVIEW'""")
                .params(
                        approved ? QualificationStatus.APPROVED.name() : QualificationStatus.REJECTED.name(),
                        approved
                                ? ""
                                : String.join(
                                        ",",
                                        decided.reasonCodes().stream()
                                                .map(Enum::name)
                                                .toList()),
                        approved ? null : decided.comment(),
                        Timestamp.from(clock.instant()),
                        decided.subjectId())
                .update();
    }

    private Choice lockChoice(SellerId seller) {
        jdbc.sql("select 1 from seller_categories where seller_id = ? for update")
                .param(seller.value())
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new RuleViolationException(Rule.R_S4, "MAJOR_CATEGORY_REQUIRED"));
        return majorCategories.find(seller.value()).orElseThrow();
    }

    private void move(long seller, QualificationStatus status, Long reviewId) {
        jdbc.sql("""
                        update seller_categories set qualification_status = ?,
                          qualification_review_id = coalesce(?, qualification_review_id), version = version + 1, updated_at = ?
                        where seller_id = ?""")
                .params(status.name(), reviewId, Timestamp.from(clock.instant()), seller)
                .update();
    }

    /** Staff read the document under the requirement's name in both languages. */
    private Material material(SellerId seller, Qualification q, long documentId) {
        return new Material(
                q.nameEn() + " / " + q.nameZh(),
                documentId,
                documents.owned(seller, documentId).map(d -> d.contentType()).orElse(""));
    }
}
