package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.PrecheckMessages;
import io.sellercenter.warehouses.Warehouses;
import io.sellercenter.warehouses.internal.Materials;
import io.sellercenter.warehouses.internal.OverseasPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Applying for overseas-warehouse permission (R-W1…R-W4), prechecked before review. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warehouses")
class OverseasApplicationApi {

    private final OverseasPermission permission;
    private final Warehouses warehouses;
    private final PrecheckMessages prechecks;

    OverseasApplicationApi(OverseasPermission permission, Warehouses warehouses, PrecheckMessages prechecks) {
        this.permission = permission;
        this.warehouses = warehouses;
        this.prechecks = prechecks;
    }

    record MaterialsForm(
            @Size(max = 100) String providerName,
            @Size(max = 60) String customerCode,
            @Positive Long contractPhotoDocumentId,
            @Size(max = 10) List<@NotNull @Positive Long> systemScreenshotDocumentIds,
            @Size(max = 500) String warehouseAddress,
            @Size(max = 10) List<@NotNull @Positive Long> firstLegProofDocumentIds,
            @Positive Long customsTaxCertificateDocumentId,
            @Positive Long storeIdPhotoDocumentId) {

        Materials materials() {
            return new Materials(
                    providerName,
                    customerCode,
                    contractPhotoDocumentId,
                    systemScreenshotDocumentIds,
                    warehouseAddress,
                    firstLegProofDocumentIds,
                    customsTaxCertificateDocumentId,
                    storeIdPhotoDocumentId);
        }
    }

    record ApplicationForm(
            @NotNull @Positive Long warehouseId,
            @NotEmpty @Size(max = 9) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}") String> countries,
            @NotNull @Valid MaterialsForm materials) {}

    record ApplicationView(
            long applicationId,
            String status,
            long warehouseId,
            List<String> countries,
            Materials materials,
            List<PrecheckMessages.Result> precheck,
            Long reviewId,
            List<PrecheckMessages.Reason> reasons,
            String reviewComment,
            Instant createdAt) {}

    @PostMapping("/overseas-warehouse-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Prepare an overseas-warehouse application (main account or WAREHOUSES sub-account); the prechecks show what review would reject")
    ApplicationView apply(CurrentAccount me, @Valid @RequestBody ApplicationForm form) {
        return view(permission.draft(
                me, form.warehouseId(), form.countries(), form.materials().materials()));
    }

    @PutMapping("/overseas-warehouse-applications/{id}")
    @Operation(summary = "Change a draft or rejected application; the prechecks run again")
    ApplicationView change(CurrentAccount me, @PathVariable long id, @Valid @RequestBody ApplicationForm form) {
        return view(permission.change(
                me, id, form.warehouseId(), form.countries(), form.materials().materials()));
    }

    @DeleteMapping("/overseas-warehouse-applications/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Throw a draft away; 409 APPLICATION_NOT_DRAFT once it has gone to review")
    void discard(CurrentAccount me, @PathVariable long id) {
        permission.discard(me, id);
    }

    @GetMapping("/overseas-warehouse-applications")
    @Operation(summary = "The seller's applications")
    List<ApplicationView> applications(CurrentAccount me) {
        return permission.list(me).stream().map(this::view).toList();
    }

    @GetMapping("/overseas-warehouse-applications/{id}")
    @Operation(summary = "One application with its prechecks and the reviewer's reasons")
    ApplicationView application(CurrentAccount me, @PathVariable long id) {
        return view(permission.get(me, id));
    }

    @PostMapping("/overseas-warehouse-applications/{id}/submit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send to review; 422 PRECHECK_FAILED while a precheck fails")
    ApplicationView submit(CurrentAccount me, @PathVariable long id) {
        return view(permission.submit(me, id));
    }

    @GetMapping("/overseas-permission")
    @Operation(
            summary =
                    "The countries the seller may ship from (R-W2), shared by the main account and all sub-accounts (R-W4)")
    Map<String, Object> overseasPermission(CurrentAccount me) {
        return Map.of("countries", warehouses.permittedCountries(me.requireSeller()));
    }

    private ApplicationView view(OverseasPermission.View view) {
        var a = view.application();
        return new ApplicationView(
                a.id(),
                a.status().name(),
                a.warehouseId(),
                a.countries(),
                view.materials(),
                prechecks.results(view.precheck()),
                a.reviewId(),
                prechecks.reasons(a.rejectionReasons()),
                a.reviewComment(),
                a.createdAt());
    }
}
