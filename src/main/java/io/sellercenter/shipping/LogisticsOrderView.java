package io.sellercenter.shipping;

import io.sellercenter.shared.Money;
import java.time.Instant;
import java.util.Map;

/**
 * A logistics order as the seller sees it; {@code labelUrl} is absent once cancelled and for third-party logistics,
 * whose label is printed in the third party's system at {@code thirdPartySystemUrl} (R-H14).
 */
public record LogisticsOrderView(
        long logisticsOrderId,
        long orderId,
        String lpNumber,
        String intlTrackingNo,
        String serviceCode,
        LogisticsOrderStatus status,
        Handover pickupType,
        UndeliverableDecision undeliverableDecision,
        Money estimatedFreight,
        Money actualFreight,
        Money returnFee,
        TransitWarehouse transitWarehouse,
        Instant createdAt,
        String labelUrl,
        int shipmentNo,
        Map<Long, Integer> items,
        String thirdPartySystemUrl,
        String domesticCarrier,
        String domesticTrackingNo) {}
