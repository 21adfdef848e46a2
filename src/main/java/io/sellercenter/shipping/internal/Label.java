package io.sellercenter.shipping.internal;

import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.UndeliverableDecision;
import java.util.List;

/** Everything printed on one shipping label. */
record Label(
        long logisticsOrderId,
        long orderId,
        String lpNumber,
        String waybill,
        String serviceName,
        boolean postal,
        String sortCode,
        UndeliverableDecision undeliverableDecision,
        PostalAddress sender,
        PostalAddress receiver,
        List<DeclaredItem> declaredItems,
        int weightGrams) {}
