package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerDirectory;
import io.sellercenter.review.PrecheckMessages;
import io.sellercenter.sellers.internal.Certification;
import io.sellercenter.sellers.internal.CertificationManagement;
import io.sellercenter.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Enterprise certification (R-S3): a draft prechecked as it is saved, then one review. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding")
class CertificationApi {

    private final CertificationManagement certifications;
    private final SellerDirectory sellers;
    private final PrecheckMessages prechecks;

    CertificationApi(CertificationManagement certifications, SellerDirectory sellers, PrecheckMessages prechecks) {
        this.certifications = certifications;
        this.sellers = sellers;
        this.prechecks = prechecks;
    }

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
        var name = sellers.displayName(me.requireMain()).orElse("");
        return view(certifications.submit(me, name));
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
}
