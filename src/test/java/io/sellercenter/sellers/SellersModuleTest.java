package io.sellercenter.sellers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.catalog.Categories;
import io.sellercenter.review.Decision;
import io.sellercenter.review.ReasonCode;
import io.sellercenter.review.ReviewDecisions;
import io.sellercenter.sellers.internal.Certification;
import io.sellercenter.sellers.internal.CertificationManagement;
import io.sellercenter.sellers.internal.MajorCategories;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Settling in on its own, with review, documents, billing and catalog underneath: the demo's second seller, whose
 * certification waits in review, is rejected, corrects it and is approved; its major category is then fixed.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SellersModuleTest {

    private final CertificationManagement certifications;
    private final MajorCategories majorCategories;
    private final ReviewDecisions decisions;
    private final Categories categories;
    private final CurrentAccount seller;
    private final CurrentAccount reviewer;

    SellersModuleTest(
            CertificationManagement certifications,
            MajorCategories majorCategories,
            ReviewDecisions decisions,
            Categories categories,
            AccountLookup accounts) {
        this.certifications = certifications;
        this.majorCategories = majorCategories;
        this.decisions = decisions;
        this.categories = categories;
        this.seller = accounts.byEmail("seller2@demo.local").orElseThrow();
        this.reviewer = accounts.byEmail("reviewer@demo.local").orElseThrow();
    }

    private Certification certification() {
        return certifications.find(seller.sellerId().value()).orElseThrow().certification();
    }

    @Test
    @DisplayName(
            "R-S3 R-S4 rejected with its reason, corrected (a wrong check character refused beside its field), approved; then one major category, fixed")
    void certificationThroughReview() {
        var first = certification();
        assertThat(first.status()).isEqualTo(Certification.Status.IN_REVIEW);

        decisions.decide(
                reviewer,
                first.reviewId(),
                Decision.REJECT,
                List.of(ReasonCode.COMPANY_NAME_MISMATCH),
                "Use the name on the licence");
        assertThat(certification().status()).isEqualTo(Certification.Status.REJECTED);

        var d = first.details();
        var wrongCheck = d.creditCode().substring(0, 17) + (d.creditCode().endsWith("7") ? "8" : "7");
        assertThatThrownBy(() -> certifications.save(
                        seller,
                        new Certification.Details(
                                d.companyName(),
                                wrongCheck,
                                d.legalRepName(),
                                d.legalRepIdNumber(),
                                d.licenseDocumentId())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo("unifiedSocialCreditCode");
                            assertThat(f.code()).isEqualTo("CREDIT_CODE_INVALID");
                        }));
        certifications.save(seller, d);
        certifications.submit(seller, seller.displayName());
        assertThat(certification().status()).isEqualTo(Certification.Status.IN_REVIEW);
        decisions.decide(reviewer, certification().reviewId(), Decision.APPROVE, List.of(), null);
        assertThat(certification().status()).isEqualTo(Certification.Status.APPROVED);

        var majors = categories.all().stream().filter(c -> c.isTopLevel()).toList();
        var sub = categories.all().stream()
                .filter(c -> !c.isTopLevel())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> majorCategories.choose(seller, sub.categoryId()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("NOT_A_MAJOR_CATEGORY"));
        var chosen = majorCategories.find(seller.sellerId().value()).orElseThrow();
        assertThat(chosen.category().nameEn())
                .as("the demo's second seller chose toys and sent the test report to review (R-S4)")
                .isEqualTo("Toys & Hobbies");
        assertThat(chosen.qualifications().status()).isEqualTo(MajorCategories.QualificationStatus.IN_REVIEW);
        var other = majors.stream()
                .filter(c -> c.categoryId() != chosen.category().categoryId())
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> majorCategories.choose(seller, other.categoryId()))
                .as("fixed once certification is approved")
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo("R-S4");
                    assertThat(e.code()).isEqualTo("MAJOR_CATEGORY_LOCKED");
                });
    }
}
