package io.sellercenter.orders.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long each stage may last before its timer acts; risk control is 24 h, 0 in demo mode unless set. */
@Component
class OrderTimers {

    final Duration riskControl;
    final Duration cancelAnswer;
    final Duration fundProcessing;
    final Duration promisedDelivery;
    final int receiptExtensionLimitDays;
    final Duration confirmAfterDelivery;

    OrderTimers(
            @Value("${sellercenter.orders.risk-control:}") String riskControl,
            @Value("${sellercenter.demo:true}") boolean demo,
            @Value("${sellercenter.orders.cancel-answer:PT48H}") Duration cancelAnswer,
            @Value("${sellercenter.orders.fund-processing:PT1H}") Duration fundProcessing,
            @Value("${sellercenter.orders.promised-delivery:P60D}") Duration promisedDelivery,
            @Value("${sellercenter.orders.receipt-extension-limit-days:30}") int receiptExtensionLimitDays,
            @Value("${sellercenter.orders.confirm-after-delivery:P15D}") Duration confirmAfterDelivery) {
        this.riskControl =
                !riskControl.isBlank() ? Duration.parse(riskControl) : demo ? Duration.ZERO : Duration.ofHours(24);
        this.cancelAnswer = cancelAnswer;
        this.fundProcessing = fundProcessing;
        this.promisedDelivery = promisedDelivery;
        this.receiptExtensionLimitDays = receiptExtensionLimitDays;
        this.confirmAfterDelivery = confirmAfterDelivery;
    }
}
