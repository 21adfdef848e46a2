package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.billing.Payment;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.review.PrecheckMessages;
import io.sellercenter.sellers.internal.CategoryQualifications;
import io.sellercenter.sellers.internal.MajorCategories;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The one major category (R-S4) and its deposit (R-S5). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding")
class MajorCategoryApi {

    private final MajorCategories majorCategories;
    private final CategoryQualifications qualifications;
    private final PrecheckMessages prechecks;

    MajorCategoryApi(
            MajorCategories majorCategories, CategoryQualifications qualifications, PrecheckMessages prechecks) {
        this.majorCategories = majorCategories;
        this.qualifications = qualifications;
        this.prechecks = prechecks;
    }

    record MajorCategoryForm(@NotNull @Positive Long categoryId) {}

    record MajorCategoryView(
            long categoryId,
            String name,
            Money depositAmount,
            String qualificationNotes,
            boolean depositPaid,
            DepositView deposit,
            MajorCategories.QualificationStatus qualificationStatus,
            List<QualificationView> requiredQualifications,
            Long qualificationReviewId,
            List<PrecheckMessages.Result> precheck,
            List<PrecheckMessages.Reason> reasons,
            String reviewComment,
            boolean depositPayable) {}

    record QualificationView(String code, String name, Long documentId, boolean provided) {}

    record QualificationDocumentForm(@NotNull @Positive Long documentId) {}

    record DepositForm(@NotNull ProviderCode provider) {}

    record DepositView(
            long paymentId,
            ProviderCode provider,
            Money amount,
            Payment.Status status,
            String payUrl,
            Instant createdAt) {

        static DepositView of(Payment p) {
            return new DepositView(p.paymentId(), p.provider(), p.amount(), p.status(), p.payUrl(), p.createdAt());
        }
    }

    @PutMapping("/major-category")
    @Operation(
            summary =
                    "Choose the one major category (main account); fixed once certification is approved or a deposit paid (R-S4)")
    MajorCategoryView chooseMajorCategory(CurrentAccount me, @Valid @RequestBody MajorCategoryForm form) {
        return view(majorCategories.choose(me, form.categoryId()));
    }

    @GetMapping("/major-category")
    @Operation(summary = "The chosen major category, its deposit and whether it is paid")
    MajorCategoryView majorCategory(CurrentAccount me) {
        return majorCategories
                .find(me.requireSeller().value())
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("major category"));
    }

    @PutMapping("/major-category/qualifications/{code}")
    @Operation(
            summary =
                    "Give the document of one qualification the major category requires (main account, R-S4); 409 once in review or approved")
    MajorCategoryView provideQualification(
            CurrentAccount me, @PathVariable String code, @Valid @RequestBody QualificationDocumentForm form) {
        return view(qualifications.provide(me, code, form.documentId()));
    }

    @PostMapping("/major-category/qualifications/submit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary =
                    "Send the category's qualification documents to review; 422 PRECHECK_FAILED names each missing one (R-S4)")
    MajorCategoryView submitQualifications(CurrentAccount me) {
        return view(qualifications.submit(me));
    }

    @PostMapping("/deposits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Pay the major category's deposit through a provider: a payment order to complete at payUrl (R-S5)")
    DepositView payDeposit(CurrentAccount me, @Valid @RequestBody DepositForm form) {
        return DepositView.of(majorCategories.payDeposit(me, form.provider()));
    }

    @GetMapping("/deposits")
    @Operation(
            summary =
                    "Every payment of the major category's deposit, newest first (finance); empty before a category is chosen")
    List<DepositView> deposits(CurrentAccount me) {
        return majorCategories.deposit(me).stream()
                .flatMap(d -> d.payments().stream())
                .map(DepositView::of)
                .toList();
    }

    private MajorCategoryView view(MajorCategories.Choice choice) {
        var locale = LocaleContextHolder.getLocale();
        var c = choice.category();
        var q = choice.qualifications();
        return new MajorCategoryView(
                c.categoryId(),
                c.name(locale),
                c.deposit(),
                c.qualification(locale),
                choice.depositPaid(),
                choice.latestPayment().map(DepositView::of).orElse(null),
                q.status(),
                c.requiredQualifications().stream()
                        .map(r -> new QualificationView(
                                r.code(),
                                r.name(locale),
                                q.documents().get(r.code()),
                                q.documents().containsKey(r.code())))
                        .toList(),
                q.reviewId(),
                prechecks.results(qualifications.precheck(new SellerId(choice.sellerId()), choice)),
                prechecks.reasons(q.rejectionReasons()),
                q.reviewComment(),
                choice.depositPayable());
    }
}
