package io.sellercenter.sellers.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The certification page's form; the business license comes as a file upload. */
public class CertificationForm {

    @Size(max = 200)
    private String companyName;

    @Size(max = 30)
    private String unifiedSocialCreditCode;

    @Size(max = 100)
    private String legalRepresentativeName;

    @Size(max = 30)
    private String legalRepresentativeIdNumber;

    private MultipartFile businessLicense;

    /** The license uploaded by an earlier post of this form, kept while other fields are corrected. */
    private Long businessLicenseDocumentId;

    public Long getBusinessLicenseDocumentId() {
        return businessLicenseDocumentId;
    }

    public void setBusinessLicenseDocumentId(Long businessLicenseDocumentId) {
        this.businessLicenseDocumentId = businessLicenseDocumentId;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getUnifiedSocialCreditCode() {
        return unifiedSocialCreditCode;
    }

    public void setUnifiedSocialCreditCode(String unifiedSocialCreditCode) {
        this.unifiedSocialCreditCode = unifiedSocialCreditCode;
    }

    public String getLegalRepresentativeName() {
        return legalRepresentativeName;
    }

    public void setLegalRepresentativeName(String legalRepresentativeName) {
        this.legalRepresentativeName = legalRepresentativeName;
    }

    public String getLegalRepresentativeIdNumber() {
        return legalRepresentativeIdNumber;
    }

    public void setLegalRepresentativeIdNumber(String legalRepresentativeIdNumber) {
        this.legalRepresentativeIdNumber = legalRepresentativeIdNumber;
    }

    public MultipartFile getBusinessLicense() {
        return businessLicense;
    }

    public void setBusinessLicense(MultipartFile businessLicense) {
        this.businessLicense = businessLicense;
    }
}
