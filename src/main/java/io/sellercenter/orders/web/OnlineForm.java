package io.sellercenter.orders.web;

import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.UndeliverableDecision;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The online-shipping page's form: service, pickup, sender, consignee, parcel, declaration, undeliverable decision. */
public class OnlineForm {

    @NotBlank
    private String serviceCode;

    @NotNull
    private Handover pickupType = Handover.SELF_SEND;

    @NotNull
    private UndeliverableDecision undeliverableDecision = UndeliverableDecision.RETURN;

    @NotBlank
    @Size(max = 100)
    private String senderName;

    @NotBlank
    @Size(max = 30)
    private String senderMobile;

    @NotBlank
    @Size(max = 300)
    private String senderAddress;

    @NotBlank
    @Size(max = 100)
    private String senderCity;

    @NotBlank
    @Pattern(regexp = "[0-9]{6}")
    private String senderZip;

    @NotBlank
    @Size(max = 100)
    private String receiverName;

    @Size(max = 30)
    private String receiverMobile;

    @NotBlank
    @Size(max = 300)
    private String receiverAddress;

    @NotBlank
    @Size(max = 100)
    private String receiverCity;

    @Size(max = 100)
    private String receiverProvince;

    @NotBlank
    @Size(max = 20)
    private String receiverZip;

    @NotNull
    @Positive
    @Max(100_000)
    private Integer weightGrams;

    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("500")
    private BigDecimal lengthCm;

    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("500")
    private BigDecimal widthCm;

    @NotNull
    @DecimalMin("0.1")
    @DecimalMax("500")
    private BigDecimal heightCm;

    @NotBlank
    @Size(max = 100)
    private String itemNameEn;

    @NotBlank
    @Size(max = 100)
    private String itemNameCn;

    @Pattern(regexp = "|[0-9]{6,10}")
    private String hsCode;

    @NotNull
    @DecimalMin("0.01")
    @DecimalMax("100000")
    private BigDecimal unitValue;

    private boolean confirmServiceMismatch;

    private boolean askPickupOutsideRange;

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String v) {
        serviceCode = v;
    }

    public Handover getPickupType() {
        return pickupType;
    }

    public void setPickupType(Handover v) {
        pickupType = v;
    }

    public boolean isAskPickupOutsideRange() {
        return askPickupOutsideRange;
    }

    public void setAskPickupOutsideRange(boolean v) {
        askPickupOutsideRange = v;
    }

    public UndeliverableDecision getUndeliverableDecision() {
        return undeliverableDecision;
    }

    public void setUndeliverableDecision(UndeliverableDecision v) {
        undeliverableDecision = v;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String v) {
        senderName = v;
    }

    public String getSenderMobile() {
        return senderMobile;
    }

    public void setSenderMobile(String v) {
        senderMobile = v;
    }

    public String getSenderAddress() {
        return senderAddress;
    }

    public void setSenderAddress(String v) {
        senderAddress = v;
    }

    public String getSenderCity() {
        return senderCity;
    }

    public void setSenderCity(String v) {
        senderCity = v;
    }

    public String getSenderZip() {
        return senderZip;
    }

    public void setSenderZip(String v) {
        senderZip = v;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public void setReceiverName(String v) {
        this.receiverName = v;
    }

    public String getReceiverMobile() {
        return receiverMobile;
    }

    public void setReceiverMobile(String v) {
        this.receiverMobile = v;
    }

    public String getReceiverAddress() {
        return receiverAddress;
    }

    public void setReceiverAddress(String v) {
        this.receiverAddress = v;
    }

    public String getReceiverCity() {
        return receiverCity;
    }

    public void setReceiverCity(String v) {
        this.receiverCity = v;
    }

    public String getReceiverProvince() {
        return receiverProvince;
    }

    public void setReceiverProvince(String v) {
        this.receiverProvince = v;
    }

    public String getReceiverZip() {
        return receiverZip;
    }

    public void setReceiverZip(String v) {
        this.receiverZip = v;
    }

    public Integer getWeightGrams() {
        return weightGrams;
    }

    public void setWeightGrams(Integer v) {
        weightGrams = v;
    }

    public BigDecimal getLengthCm() {
        return lengthCm;
    }

    public void setLengthCm(BigDecimal v) {
        lengthCm = v;
    }

    public BigDecimal getWidthCm() {
        return widthCm;
    }

    public void setWidthCm(BigDecimal v) {
        widthCm = v;
    }

    public BigDecimal getHeightCm() {
        return heightCm;
    }

    public void setHeightCm(BigDecimal v) {
        heightCm = v;
    }

    public String getItemNameEn() {
        return itemNameEn;
    }

    public void setItemNameEn(String v) {
        itemNameEn = v;
    }

    public String getItemNameCn() {
        return itemNameCn;
    }

    public void setItemNameCn(String v) {
        itemNameCn = v;
    }

    public String getHsCode() {
        return hsCode;
    }

    public void setHsCode(String v) {
        hsCode = v;
    }

    public BigDecimal getUnitValue() {
        return unitValue;
    }

    public void setUnitValue(BigDecimal v) {
        unitValue = v;
    }

    public boolean isConfirmServiceMismatch() {
        return confirmServiceMismatch;
    }

    public void setConfirmServiceMismatch(boolean v) {
        confirmServiceMismatch = v;
    }
}
