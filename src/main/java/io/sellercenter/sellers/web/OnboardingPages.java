package io.sellercenter.sellers.web;

import static io.sellercenter.shared.InputText.blankToNull;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerDirectory;
import io.sellercenter.catalog.Categories;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.documents.DocumentUploads;
import io.sellercenter.sellers.internal.BrandManagement;
import io.sellercenter.sellers.internal.Certification;
import io.sellercenter.sellers.internal.CertificationManagement;
import io.sellercenter.sellers.internal.MajorCategories;
import io.sellercenter.sellers.internal.Onboarding;
import io.sellercenter.sellers.internal.StoreManagement;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The seller's settling-in pages: checklist, certification, major category and deposit, brands, stores. */
@Controller
@RequestMapping("/seller")
class OnboardingPages {

    private final Onboarding onboarding;
    private final CertificationManagement certifications;
    private final MajorCategories majorCategories;
    private final BrandManagement brands;
    private final StoreManagement stores;
    private final Categories categories;
    private final DocumentUploads uploads;
    private final DocumentCatalog documents;
    private final SellerDirectory sellers;

    OnboardingPages(
            Onboarding onboarding,
            CertificationManagement certifications,
            MajorCategories majorCategories,
            BrandManagement brands,
            StoreManagement stores,
            Categories categories,
            DocumentUploads uploads,
            DocumentCatalog documents,
            SellerDirectory sellers) {
        this.onboarding = onboarding;
        this.certifications = certifications;
        this.majorCategories = majorCategories;
        this.brands = brands;
        this.stores = stores;
        this.categories = categories;
        this.uploads = uploads;
        this.documents = documents;
        this.sellers = sellers;
    }

    @GetMapping("/onboarding")
    String checklist(CurrentAccount me, Model model) {
        model.addAttribute("checklist", onboarding.checklist(me.requireSeller().value()));
        model.addAttribute(
                "paths",
                Map.of(
                        Onboarding.Step.CERTIFICATION, "/seller/certification",
                        Onboarding.Step.MAJOR_CATEGORY, "/seller/category",
                        Onboarding.Step.DEPOSIT, "/seller/category",
                        Onboarding.Step.BRAND, "/seller/brands",
                        Onboarding.Step.STORE, "/seller/stores"));
        return "seller/onboarding";
    }

    /** The dashboard's settling-in card, until every step is done (loaded into the dashboard by htmx). */
    @GetMapping("/dashboard/checklist")
    String checklistCard(CurrentAccount me, Model model) {
        checklist(me, model);
        return "seller/dashboard-cards :: checklist";
    }

    // ---- certification

    @GetMapping("/certification")
    String initCertificationForm(CurrentAccount me, Model model) {
        var form = new CertificationForm();
        certifications.find(me.requireSeller().value()).ifPresent(view -> {
            var d = view.certification().details();
            form.setCompanyName(d.companyName());
            form.setUnifiedSocialCreditCode(d.creditCode());
            form.setLegalRepresentativeName(d.legalRepName());
            form.setLegalRepresentativeIdNumber(d.legalRepIdNumber());
        });
        model.addAttribute("form", form);
        return certificationPage(me, model);
    }

    @PostMapping("/certification")
    String processCertificationForm(
            CurrentAccount me,
            @Valid @ModelAttribute("form") CertificationForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model)
            throws IOException {
        form.setBusinessLicenseDocumentId(uploads.uploadOrKeep(
                me, form.getBusinessLicense(), "business-license", form.getBusinessLicenseDocumentId(), result));
        if (!result.hasErrors()) {
            try {
                var existing = certifications.find(me.requireMain().value());
                var license = form.getBusinessLicenseDocumentId();
                if (license == null) {
                    license = existing.map(v -> v.certification().details().licenseDocumentId())
                            .orElse(null);
                }
                certifications.save(
                        me,
                        new Certification.Details(
                                blankToNull(form.getCompanyName()),
                                blankToNull(form.getUnifiedSocialCreditCode()),
                                blankToNull(form.getLegalRepresentativeName()),
                                blankToNull(form.getLegalRepresentativeIdNumber()),
                                license));
                if (action.equals("submit")) {
                    certifications.submit(me, sellers.displayName(me.sellerId()).orElse(""));
                    return "redirect:/seller/onboarding?submitted";
                }
                return "redirect:/seller/certification?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, FormFields.rename(e), null);
            }
        }
        return certificationPage(me, model);
    }

    private String certificationPage(CurrentAccount me, Model model) {
        var certification = certifications.find(me.requireSeller().value()).orElse(null);
        model.addAttribute("certification", certification);
        var form = (CertificationForm) model.getAttribute("form");
        var licenseId = form != null && form.getBusinessLicenseDocumentId() != null
                ? form.getBusinessLicenseDocumentId()
                : certification == null
                        ? null
                        : certification.certification().details().licenseDocumentId();
        model.addAttribute("license", document(me, licenseId));
        return "seller/certification";
    }

    // ---- stores

    @GetMapping("/stores")
    String initStoreForm(CurrentAccount me, Model model) {
        model.addAttribute("form", new StoreForm());
        return storesPage(me, model);
    }

    @PostMapping("/stores")
    String processStoreForm(
            CurrentAccount me, @Valid @ModelAttribute("form") StoreForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                stores.open(me, form.getName(), form.getType(), form.getBrandIds());
                return "redirect:/seller/stores?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, FormFields.rename(e), null);
            }
        }
        return storesPage(me, model);
    }

    private String storesPage(CurrentAccount me, Model model) {
        model.addAttribute("stores", stores.list(me));
        model.addAttribute("brands", brands.list(me));
        model.addAttribute("types", StoreManagement.StoreType.values());
        return "seller/stores";
    }

    private DocumentCatalog.DocumentInfo document(CurrentAccount me, Long id) {
        return id == null ? null : documents.owned(me.sellerId(), id).orElse(null);
    }
}
