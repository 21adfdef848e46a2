package io.sellercenter.sellers.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.review.Decision;
import io.sellercenter.review.Material;
import io.sellercenter.review.Precheck;
import io.sellercenter.review.ReviewDecided;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.ReviewSubmissions;
import io.sellercenter.sellers.ResidentIdNumber;
import io.sellercenter.sellers.UnifiedSocialCreditCode;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.InvalidInputException.FieldError;
import io.sellercenter.shared.Rule;
import io.sellercenter.shared.RuleViolationException;
import io.sellercenter.shared.Terms;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Enterprise certification (R-S3): save with prechecks, submit to review, apply the decision. */
@Service
public class CertificationManagement {

    public record View(Certification certification, List<Precheck> precheck) {}

    private final Certifications certifications;
    private final CertificationPrechecks prechecks;
    private final ReviewSubmissions reviews;
    private final Clock clock;
    private final DocumentCatalog documents;

    CertificationManagement(
            Certifications certifications,
            CertificationPrechecks prechecks,
            ReviewSubmissions reviews,
            Clock clock,
            DocumentCatalog documents) {
        this.documents = documents;
        this.certifications = certifications;
        this.prechecks = prechecks;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long sellerId) {
        return certifications.findBySeller(sellerId).map(c -> new View(c, prechecks.run(sellerId, c.details())));
    }

    /**
     * Saves the details as a draft; fields may be missing (the prechecks say so), but a credit
     * code or ID number that is given must be right.
     */
    @Transactional
    public View save(CurrentAccount me, Certification.Details details) {
        var seller = me.requireMain().value();
        refuseWrongValues(seller, details);
        var certification =
                certifications.findBySeller(seller).orElseGet(() -> Certification.draft(seller, clock.instant()));
        certification.change(details, clock.instant());
        certification = certifications.save(certification);
        return new View(certification, prechecks.run(seller, details));
    }

    @Transactional
    public View submit(CurrentAccount me, String sellerName) {
        var seller = me.requireMain().value();
        var certification = certifications
                .findBySeller(seller)
                .orElseThrow(() -> new RuleViolationException(Rule.R_S3, "CERTIFICATION_MISSING"));
        var results = prechecks.run(seller, certification.details());
        if (!CertificationPrechecks.allPassed(results)) {
            var failed = results.stream()
                    .filter(p -> !p.passed())
                    .map(Precheck::check)
                    .toList();
            throw new RuleViolationException(Rule.R_S3, "PRECHECK_FAILED", Terms.of("check", failed))
                    .with("failed", failed);
        }
        var d = certification.details();
        var reviewId = reviews.submit(
                ReviewKind.CERTIFICATION,
                new SellerId(seller),
                certification.id(),
                d.companyName(),
                List.of(
                        Material.value("companyName", d.companyName()),
                        Material.value("unifiedSocialCreditCode", d.creditCode()),
                        Material.value("legalRepresentativeName", d.legalRepName()),
                        Material.value("legalRepresentativeIdNumber", d.legalRepIdNumber()),
                        document(seller, "businessLicense", d.licenseDocumentId()),
                        Material.value("sellerName", sellerName)),
                results);
        certification.submitted(reviewId, clock.instant());
        return new View(certifications.save(certification), results);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ReviewDecided decided) {
        if (decided.kind() != ReviewKind.CERTIFICATION) {
            return;
        }
        var certification = certifications.findById(decided.subjectId()).orElseThrow();
        if (decided.decision() == Decision.APPROVE) {
            certification.approve(clock.instant());
        } else {
            certification.reject(
                    decided.reasonCodes().stream().map(Enum::name).toList(), decided.comment(), clock.instant());
        }
        certifications.save(certification);
    }

    private Material document(long seller, String label, long documentId) {
        return Material.document(
                label,
                documentId,
                documents
                        .owned(new SellerId(seller), documentId)
                        .map(d -> d.contentType())
                        .orElse(""));
    }

    private void refuseWrongValues(long seller, Certification.Details d) {
        var errors = new ArrayList<FieldError>();
        if (d.licenseDocumentId() != null
                && documents.owned(new SellerId(seller), d.licenseDocumentId()).isEmpty()) {
            errors.add(new FieldError("businessLicenseDocumentId", "DOCUMENT_NOT_FOUND"));
        }
        if (d.creditCode() != null && !d.creditCode().isBlank() && !UnifiedSocialCreditCode.isValid(d.creditCode())) {
            errors.add(new FieldError("unifiedSocialCreditCode", "CREDIT_CODE_INVALID"));
        }
        if (d.legalRepIdNumber() != null
                && !d.legalRepIdNumber().isBlank()
                && !ResidentIdNumber.isValid(d.legalRepIdNumber(), LocalDate.now(clock))) {
            errors.add(new FieldError("legalRepresentative.idNumber", "ID_NUMBER_INVALID"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
