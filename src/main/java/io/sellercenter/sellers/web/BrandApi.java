package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.PrecheckMessages;
import io.sellercenter.sellers.internal.Brand;
import io.sellercenter.sellers.internal.BrandAuthorization;
import io.sellercenter.sellers.internal.BrandManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Brands, their trademarks and the sub-categories they are authorized in (R-S6). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Onboarding")
class BrandApi {

    private final BrandManagement brands;
    private final PrecheckMessages prechecks;

    BrandApi(BrandManagement brands, PrecheckMessages prechecks) {
        this.brands = brands;
        this.prechecks = prechecks;
    }

    record BrandForm(
            @NotBlank @Size(max = 100) String name,

            @NotBlank @Pattern(regexp = "[0-9A-Za-z-]{1,30}")
            String trademarkRegistrationNumber,

            @NotNull Brand.Ownership ownership,
            @NotNull Boolean exclusive,
            @Positive Long certificateDocumentId,
            @Positive Long authorizationDocumentId,
            @NotEmpty @Size(max = 50) Set<@NotNull @Positive Long> subCategoryIds) {

        Brand.Terms terms() {
            return new Brand.Terms(
                    name,
                    trademarkRegistrationNumber,
                    ownership,
                    exclusive,
                    certificateDocumentId,
                    authorizationDocumentId,
                    subCategoryIds);
        }
    }

    record BrandView(
            long brandId,
            Long applicationId,
            String status,
            String name,
            String trademarkRegistrationNumber,
            Brand.Ownership ownership,
            boolean exclusive,
            Long certificateDocumentId,
            Long authorizationDocumentId,
            Set<Long> subCategoryIds,
            Set<Long> requestedSubCategoryIds,
            List<PrecheckMessages.Reason> reasons,
            String reviewComment) {}

    @PostMapping("/brands")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Add a brand with its trademark: a review for its publishing permission, then the sub-categories asked for go to a second review, the trademark authorization (R-S6)")
    BrandView addBrand(CurrentAccount me, @Valid @RequestBody BrandForm form) {
        return view(brands.apply(me, form.terms()));
    }

    @PutMapping("/brands/{id}")
    @Operation(summary = "Correct a rejected brand and send it back to review as a new revision")
    BrandView resubmitBrand(CurrentAccount me, @PathVariable long id, @Valid @RequestBody BrandForm form) {
        return view(brands.resubmit(me, id, form.terms()));
    }

    @GetMapping("/brands")
    @Operation(summary = "The seller's brands")
    List<BrandView> brands(CurrentAccount me) {
        return brands.list(me).stream().map(this::view).toList();
    }

    @GetMapping("/brands/{id}")
    @Operation(summary = "One brand")
    BrandView brand(CurrentAccount me, @PathVariable long id) {
        return view(brands.find(me, id));
    }

    /** More sub-categories for an approved brand; an authorized trademark adds the owner's letter covering them. */
    record SubCategoryRequestForm(
            @NotEmpty @Size(max = 50) Set<@NotNull @Positive Long> subCategoryIds,
            @Positive Long authorizationDocumentId) {}

    record AuthorizationView(
            long authorizationId,
            long brandId,
            Long applicationId,
            String status,
            Set<Long> subCategoryIds,
            Long authorizationDocumentId,
            List<PrecheckMessages.Reason> reasons,
            String reviewComment,
            Instant createdAt) {}

    @PostMapping("/brands/{id}/authorizations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Ask for more sub-categories under an approved brand: a new authorization with its own review (R-S6)")
    AuthorizationView requestSubCategories(
            CurrentAccount me, @PathVariable long id, @Valid @RequestBody SubCategoryRequestForm form) {
        return view(brands.requestSubCategories(me, id, form.subCategoryIds(), form.authorizationDocumentId()));
    }

    @GetMapping("/brands/{id}/authorizations")
    @Operation(summary = "The brand's later authorizations, newest first, with the reviewer's reasons when rejected")
    List<AuthorizationView> authorizations(CurrentAccount me, @PathVariable long id) {
        return brands.authorizations(me, id).stream().map(this::view).toList();
    }

    private BrandView view(Brand brand) {
        var t = brand.terms();
        return new BrandView(
                brand.id(),
                brand.reviewId(),
                brand.status().name(),
                t.name(),
                t.trademarkRegistrationNumber(),
                t.ownership(),
                t.exclusive(),
                t.certificateDocumentId(),
                t.authorizationDocumentId(),
                t.subCategoryIds(),
                brand.requestedSubCategoryIds(),
                prechecks.reasons(brand.rejectionReasons()),
                brand.reviewComment());
    }

    private AuthorizationView view(BrandAuthorization a) {
        return new AuthorizationView(
                a.id(),
                a.brandId(),
                a.reviewId(),
                a.status().name(),
                a.subCategoryIds(),
                a.authorizationDocumentId(),
                prechecks.reasons(a.rejectionReasons()),
                a.reviewComment(),
                a.createdAt());
    }
}
