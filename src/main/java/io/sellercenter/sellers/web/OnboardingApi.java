package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerDirectory;
import io.sellercenter.billing.Payment;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.review.PrecheckMessages;
import io.sellercenter.sellers.internal.Certification;
import io.sellercenter.sellers.internal.CertificationManagement;
import io.sellercenter.sellers.internal.MajorCategories;
import io.sellercenter.sellers.internal.Onboarding;
import io.sellercenter.sellers.internal.StoreManagement;
import io.sellercenter.sellers.internal.StoreManagement.Store;
import io.sellercenter.sellers.internal.StoreManagement.StoreType;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding")
class OnboardingApi {

    private final CertificationManagement certifications;
    private final MajorCategories majorCategories;
    private final StoreManagement stores;
    private final Onboarding onboarding;
    private final SellerDirectory sellers;
    private final PrecheckMessages prechecks;

    OnboardingApi(
            CertificationManagement certifications,
            MajorCategories majorCategories,
            StoreManagement stores,
            Onboarding onboarding,
            SellerDirectory sellers,
            PrecheckMessages prechecks) {
        this.certifications = certifications;
        this.majorCategories = majorCategories;
        this.stores = stores;
        this.onboarding = onboarding;
        this.sellers = sellers;
        this.prechecks = prechecks;
    }

    // ---- certification (R-S3)

    record LegalRepresentative(
            @Size(max = 100) String name, @Size(max = 30) String idNumber) {}

    record CertificationForm(
            @Size(max = 200) String companyName,
            @Size(max = 30) String unifiedSocialCreditCode,
            @Valid LegalRepresentative legalRepresentative,
            @Positive Long businessLicenseDocumentId) {}

    record CertificationView(
            long applicationId,
            String status,
            String companyName,
            String unifiedSocialCreditCode,
            LegalRepresentative legalRepresentative,
            Long businessLicenseDocumentId,
            Long reviewId,
            List<PrecheckMessages.Result> precheck,
            List<PrecheckMessages.Reason> reasons,
            String reviewComment) {}

    @PutMapping("/certification")
    @Operation(summary = "Save the enterprise certification as a draft and run its prechecks (main account, R-S3)")
    CertificationView saveCertification(CurrentAccount me, @Valid @RequestBody CertificationForm form) {
        var rep = form.legalRepresentative();
        var details = new Certification.Details(
                form.companyName(),
                form.unifiedSocialCreditCode(),
                rep == null ? null : rep.name(),
                rep == null || rep.idNumber() == null ? null : rep.idNumber().toUpperCase(Locale.ROOT),
                form.businessLicenseDocumentId());
        return view(certifications.save(me, details));
    }

    @GetMapping("/certification")
    @Operation(summary = "The certification with its status, prechecks and the reviewer's reasons")
    CertificationView certification(CurrentAccount me) {
        return certifications
                .find(me.requireSeller().value())
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("certification"));
    }

    @PostMapping("/certification/submit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send the certification to review; 422 PRECHECK_FAILED while a precheck fails")
    CertificationView submitCertification(CurrentAccount me) {
        var name = sellers.displayName(me.requireMain().value()).orElse("");
        return view(certifications.submit(me, name));
    }

    // ---- major category and deposit (R-S4, R-S5)

    record MajorCategoryForm(@NotNull @Positive Long categoryId) {}

    record MajorCategoryView(
            long categoryId,
            String name,
            Money depositAmount,
            String qualificationNotes,
            boolean depositPaid,
            DepositView deposit) {}

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

    // ---- stores (R-S7)

    record StoreForm(
            @NotBlank @Size(max = 100) String name,
            @NotNull StoreType type,
            @NotEmpty @Size(max = 50) Set<@NotNull @Positive Long> brandIds) {}

    @PostMapping("/stores")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a store; 422 STORE_REQUIREMENTS_MISSING names what is missing (R-S7)")
    Store openStore(CurrentAccount me, @Valid @RequestBody StoreForm form) {
        return stores.open(me, form.name(), form.type(), form.brandIds());
    }

    @GetMapping("/stores")
    @Operation(summary = "The seller's stores")
    List<Store> stores(CurrentAccount me) {
        return stores.list(me);
    }

    @GetMapping("/stores/{id}")
    @Operation(summary = "One store")
    Store store(CurrentAccount me, @PathVariable long id) {
        return stores.get(me, id);
    }

    // ---- checklist

    @GetMapping("/onboarding")
    @Operation(summary = "The settling-in checklist: what is done, what comes next, what blocks opening a store")
    Onboarding.Checklist onboarding(CurrentAccount me) {
        return onboarding.checklist(me.requireSeller().value());
    }

    private CertificationView view(CertificationManagement.View view) {
        var c = view.certification();
        var d = c.details();
        return new CertificationView(
                c.id(),
                c.status().name(),
                d.companyName(),
                d.creditCode(),
                new LegalRepresentative(d.legalRepName(), d.legalRepIdNumber()),
                d.licenseDocumentId(),
                c.reviewId(),
                prechecks.results(view.precheck()),
                prechecks.reasons(c.rejectionReasons()),
                c.reviewComment());
    }

    private MajorCategoryView view(MajorCategories.Choice choice) {
        var locale = LocaleContextHolder.getLocale();
        var c = choice.category();
        return new MajorCategoryView(
                c.categoryId(),
                c.name(locale),
                c.deposit(),
                c.qualification(locale),
                choice.depositPaid(),
                choice.latestPayment().map(DepositView::of).orElse(null));
    }
}
