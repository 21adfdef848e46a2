package io.sellercenter.warehouses.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * The overseas-warehouse application page's form. Each file once uploaded is kept by its document id (a hidden field),
 * so a file left empty, or a post refused for another field, keeps what was attached.
 */
public class ApplicationForm {

    @NotNull
    private Long warehouseId;

    private List<String> countries = new ArrayList<>();

    @Size(max = 100)
    private String providerName;

    @Size(max = 60)
    private String customerCode;

    @Size(max = 500)
    private String warehouseAddress;

    private MultipartFile contractPhoto;
    private MultipartFile inventoryScreenshot;
    private MultipartFile ordersScreenshot;
    private MultipartFile firstLegProof;
    private MultipartFile customsTaxCertificate;
    private MultipartFile storeIdPhoto;

    private Long contractPhotoDocumentId;
    private Long inventoryScreenshotDocumentId;
    private Long ordersScreenshotDocumentId;
    private List<Long> moreScreenshotDocumentIds = new ArrayList<>();
    private List<Long> firstLegProofDocumentIds = new ArrayList<>();
    private Long customsTaxCertificateDocumentId;
    private Long storeIdPhotoDocumentId;

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null ? new ArrayList<>() : countries;
    }

    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }

    public String getWarehouseAddress() {
        return warehouseAddress;
    }

    public void setWarehouseAddress(String warehouseAddress) {
        this.warehouseAddress = warehouseAddress;
    }

    public MultipartFile getContractPhoto() {
        return contractPhoto;
    }

    public void setContractPhoto(MultipartFile contractPhoto) {
        this.contractPhoto = contractPhoto;
    }

    public MultipartFile getInventoryScreenshot() {
        return inventoryScreenshot;
    }

    public void setInventoryScreenshot(MultipartFile inventoryScreenshot) {
        this.inventoryScreenshot = inventoryScreenshot;
    }

    public MultipartFile getOrdersScreenshot() {
        return ordersScreenshot;
    }

    public void setOrdersScreenshot(MultipartFile ordersScreenshot) {
        this.ordersScreenshot = ordersScreenshot;
    }

    public MultipartFile getFirstLegProof() {
        return firstLegProof;
    }

    public void setFirstLegProof(MultipartFile firstLegProof) {
        this.firstLegProof = firstLegProof;
    }

    public MultipartFile getCustomsTaxCertificate() {
        return customsTaxCertificate;
    }

    public void setCustomsTaxCertificate(MultipartFile customsTaxCertificate) {
        this.customsTaxCertificate = customsTaxCertificate;
    }

    public MultipartFile getStoreIdPhoto() {
        return storeIdPhoto;
    }

    public void setStoreIdPhoto(MultipartFile storeIdPhoto) {
        this.storeIdPhoto = storeIdPhoto;
    }

    public Long getContractPhotoDocumentId() {
        return contractPhotoDocumentId;
    }

    public void setContractPhotoDocumentId(Long contractPhotoDocumentId) {
        this.contractPhotoDocumentId = contractPhotoDocumentId;
    }

    public Long getInventoryScreenshotDocumentId() {
        return inventoryScreenshotDocumentId;
    }

    public void setInventoryScreenshotDocumentId(Long inventoryScreenshotDocumentId) {
        this.inventoryScreenshotDocumentId = inventoryScreenshotDocumentId;
    }

    public Long getOrdersScreenshotDocumentId() {
        return ordersScreenshotDocumentId;
    }

    public void setOrdersScreenshotDocumentId(Long ordersScreenshotDocumentId) {
        this.ordersScreenshotDocumentId = ordersScreenshotDocumentId;
    }

    public List<Long> getMoreScreenshotDocumentIds() {
        return moreScreenshotDocumentIds;
    }

    public void setMoreScreenshotDocumentIds(List<Long> moreScreenshotDocumentIds) {
        this.moreScreenshotDocumentIds =
                moreScreenshotDocumentIds == null ? new ArrayList<>() : moreScreenshotDocumentIds;
    }

    public List<Long> getFirstLegProofDocumentIds() {
        return firstLegProofDocumentIds;
    }

    public void setFirstLegProofDocumentIds(List<Long> firstLegProofDocumentIds) {
        this.firstLegProofDocumentIds = firstLegProofDocumentIds == null ? new ArrayList<>() : firstLegProofDocumentIds;
    }

    public Long getCustomsTaxCertificateDocumentId() {
        return customsTaxCertificateDocumentId;
    }

    public void setCustomsTaxCertificateDocumentId(Long customsTaxCertificateDocumentId) {
        this.customsTaxCertificateDocumentId = customsTaxCertificateDocumentId;
    }

    public Long getStoreIdPhotoDocumentId() {
        return storeIdPhotoDocumentId;
    }

    public void setStoreIdPhotoDocumentId(Long storeIdPhotoDocumentId) {
        this.storeIdPhotoDocumentId = storeIdPhotoDocumentId;
    }
}
