package io.sellercenter.shipping.internal;

import java.util.List;
import java.util.Map;

/** Everything printed on one shipping label. */
record Label(
        long logisticsOrderId,
        long orderId,
        String lpNumber,
        String waybill,
        String serviceName,
        boolean postal,
        String sortCode,
        String undeliverableDecision,
        Map<String, String> sender,
        Map<String, String> receiver,
        List<Map<String, Object>> declaredItems,
        int weightGrams) {}
