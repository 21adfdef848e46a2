package io.sellercenter.sellers.web;

import io.sellercenter.sellers.internal.Brand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;

/** The brand page's form, with the trademark certificate and authorization letter as uploads. */
public class BrandForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Pattern(regexp = "[0-9A-Za-z-]{1,30}")
    private String trademarkRegistrationNumber;

    @NotNull
    private Brand.Ownership ownership = Brand.Ownership.OWNED;

    private boolean exclusive;

    private MultipartFile certificate;

    private MultipartFile authorizationLetter;

    /** Files uploaded by an earlier post of this form, kept while other fields are corrected. */
    private Long certificateDocumentId;

    private Long authorizationLetterDocumentId;

    public Long getCertificateDocumentId() {
        return certificateDocumentId;
    }

    public void setCertificateDocumentId(Long certificateDocumentId) {
        this.certificateDocumentId = certificateDocumentId;
    }

    public Long getAuthorizationLetterDocumentId() {
        return authorizationLetterDocumentId;
    }

    public void setAuthorizationLetterDocumentId(Long authorizationLetterDocumentId) {
        this.authorizationLetterDocumentId = authorizationLetterDocumentId;
    }

    @NotEmpty
    private Set<Long> subCategoryIds = new LinkedHashSet<>();

    /** A rejected brand's terms, to correct them. */
    static BrandForm of(Brand brand) {
        var t = brand.terms();
        var form = new BrandForm();
        form.name = t.name();
        form.trademarkRegistrationNumber = t.trademarkRegistrationNumber();
        form.ownership = t.ownership();
        form.exclusive = t.exclusive();
        form.certificateDocumentId = t.certificateDocumentId();
        form.authorizationLetterDocumentId = t.authorizationDocumentId();
        form.subCategoryIds = new LinkedHashSet<>(brand.requestedSubCategoryIds());
        return form;
    }

    Brand.Terms terms() {
        return new Brand.Terms(
                name,
                trademarkRegistrationNumber,
                ownership,
                exclusive,
                certificateDocumentId,
                authorizationLetterDocumentId,
                subCategoryIds);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTrademarkRegistrationNumber() {
        return trademarkRegistrationNumber;
    }

    public void setTrademarkRegistrationNumber(String trademarkRegistrationNumber) {
        this.trademarkRegistrationNumber = trademarkRegistrationNumber;
    }

    public Brand.Ownership getOwnership() {
        return ownership;
    }

    public void setOwnership(Brand.Ownership ownership) {
        this.ownership = ownership;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public void setExclusive(boolean exclusive) {
        this.exclusive = exclusive;
    }

    public MultipartFile getCertificate() {
        return certificate;
    }

    public void setCertificate(MultipartFile certificate) {
        this.certificate = certificate;
    }

    public MultipartFile getAuthorizationLetter() {
        return authorizationLetter;
    }

    public void setAuthorizationLetter(MultipartFile authorizationLetter) {
        this.authorizationLetter = authorizationLetter;
    }

    public Set<Long> getSubCategoryIds() {
        return subCategoryIds;
    }

    public void setSubCategoryIds(Set<Long> subCategoryIds) {
        this.subCategoryIds = subCategoryIds == null ? new LinkedHashSet<>() : subCategoryIds;
    }
}
