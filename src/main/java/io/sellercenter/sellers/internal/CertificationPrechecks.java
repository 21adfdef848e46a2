package io.sellercenter.sellers.internal;

import io.sellercenter.accounts.SellerId;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.review.Precheck;
import io.sellercenter.sellers.ResidentIdNumber;
import io.sellercenter.sellers.UnifiedSocialCreditCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The checks a certification must pass before it goes to review (R-S3); the seller sees each one. */
@Component
class CertificationPrechecks {

    private final DocumentCatalog documents;
    private final Clock clock;

    CertificationPrechecks(DocumentCatalog documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    List<Precheck> run(long sellerId, Certification.Details d) {
        return List.of(
                blank(d.companyName()) ? Precheck.failed("COMPANY_NAME", "MISSING") : Precheck.passed("COMPANY_NAME"),
                blank(d.creditCode())
                        ? Precheck.failed("UNIFIED_SOCIAL_CREDIT_CODE", "MISSING")
                        : UnifiedSocialCreditCode.isValid(d.creditCode())
                                ? Precheck.passed("UNIFIED_SOCIAL_CREDIT_CODE")
                                : Precheck.failed("UNIFIED_SOCIAL_CREDIT_CODE", "CREDIT_CODE_INVALID"),
                blank(d.legalRepName())
                        ? Precheck.failed("LEGAL_REPRESENTATIVE_NAME", "MISSING")
                        : Precheck.passed("LEGAL_REPRESENTATIVE_NAME"),
                blank(d.legalRepIdNumber())
                        ? Precheck.failed("LEGAL_REPRESENTATIVE_ID_NUMBER", "MISSING")
                        : ResidentIdNumber.isValid(d.legalRepIdNumber(), LocalDate.now(clock))
                                ? Precheck.passed("LEGAL_REPRESENTATIVE_ID_NUMBER")
                                : Precheck.failed("LEGAL_REPRESENTATIVE_ID_NUMBER", "ID_NUMBER_INVALID"),
                d.licenseDocumentId() == null
                        ? Precheck.failed("BUSINESS_LICENSE", "MISSING")
                        : documents
                                        .owned(new SellerId(sellerId), d.licenseDocumentId())
                                        .isPresent()
                                ? Precheck.passed("BUSINESS_LICENSE")
                                : Precheck.failed("BUSINESS_LICENSE", "DOCUMENT_NOT_FOUND"));
    }

    static boolean allPassed(List<Precheck> prechecks) {
        return prechecks.stream().allMatch(Precheck::passed);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
