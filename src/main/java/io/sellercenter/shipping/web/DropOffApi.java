package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.shipping.LogisticsOrderView;
import io.sellercenter.shipping.LogisticsOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Shipping")
class DropOffApi {

    private final LogisticsOrders logistics;

    DropOffApi(LogisticsOrders logistics) {
        this.logistics = logistics;
    }

    @PostMapping("/api/v1/logistics-orders/{id}/drop-off")
    @Operation(
            summary =
                    "Outside every collection range: the domestic courier and tracking number of the parcel sent to the transit warehouse (R-H6)")
    LogisticsOrderView dropOff(CurrentAccount me, @PathVariable long id, @Valid @RequestBody DropOffForm form) {
        return logistics.sentByDomesticExpress(
                me.requirePermission(Permission.SHIPPING),
                id,
                form.domesticCarrier().strip(),
                form.domesticTrackingNo().strip());
    }
}
