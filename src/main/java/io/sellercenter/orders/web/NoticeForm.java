package io.sellercenter.orders.web;

import io.sellercenter.orders.internal.ShippingNotice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** The order page's shipping-notice form; {@code quantities} by order line for a partial shipment. */
public class NoticeForm {

    @NotNull
    private ShippingNotice.SendType sendType = ShippingNotice.SendType.ALL;

    @NotBlank
    @Size(max = 40)
    private String serviceName;

    @NotBlank
    @Size(max = 64)
    private String trackingNo;

    @Size(max = 100)
    private String carrier;

    @Size(max = 300)
    private String trackingWebsite;

    private Map<Long, Integer> quantities = new LinkedHashMap<>();

    public ShippingNotice.SendType getSendType() {
        return sendType;
    }

    public void setSendType(ShippingNotice.SendType sendType) {
        this.sendType = sendType;
    }

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    public String getTrackingNo() {
        return trackingNo;
    }

    public void setTrackingNo(String trackingNo) {
        this.trackingNo = trackingNo;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getTrackingWebsite() {
        return trackingWebsite;
    }

    public void setTrackingWebsite(String trackingWebsite) {
        this.trackingWebsite = trackingWebsite;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public void setQuantities(Map<Long, Integer> quantities) {
        this.quantities = quantities == null ? new LinkedHashMap<>() : quantities;
    }
}
