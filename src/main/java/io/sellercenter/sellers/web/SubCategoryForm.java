package io.sellercenter.sellers.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;

/** The brand page's request for more sub-categories, with the owner's letter as an upload (R-S6). */
public class SubCategoryForm {

    @NotEmpty
    private Set<Long> subCategoryIds = new LinkedHashSet<>();

    private MultipartFile authorizationLetter;

    /** A letter uploaded by an earlier post of this form, kept while other fields are corrected. */
    private Long authorizationLetterDocumentId;

    public Set<Long> getSubCategoryIds() {
        return subCategoryIds;
    }

    public void setSubCategoryIds(Set<Long> subCategoryIds) {
        this.subCategoryIds = subCategoryIds == null ? new LinkedHashSet<>() : subCategoryIds;
    }

    public MultipartFile getAuthorizationLetter() {
        return authorizationLetter;
    }

    public void setAuthorizationLetter(MultipartFile authorizationLetter) {
        this.authorizationLetter = authorizationLetter;
    }

    public Long getAuthorizationLetterDocumentId() {
        return authorizationLetterDocumentId;
    }

    public void setAuthorizationLetterDocumentId(Long authorizationLetterDocumentId) {
        this.authorizationLetterDocumentId = authorizationLetterDocumentId;
    }
}
