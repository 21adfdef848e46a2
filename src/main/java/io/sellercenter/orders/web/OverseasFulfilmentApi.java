package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.OverseasFulfilment;
import io.sellercenter.orders.internal.OverseasFulfilments;
import io.sellercenter.shared.BodySignature;
import io.sellercenter.shared.InputText;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.warehouses.FulfilmentFees;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Outbound orders to overseas warehouses (seed 001): the seller's side and the warehouse's signed reports. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Shipping")
class OverseasFulfilmentApi {

    private final OverseasFulfilments fulfilments;
    private final JsonMapper json;
    private final String warehouseSecret;

    OverseasFulfilmentApi(
            OverseasFulfilments fulfilments,
            JsonMapper json,
            @Value("${sellercenter.warehouse-secret:${SELLERCENTER_WAREHOUSE_SECRET:}}") String warehouseSecret) {
        this.fulfilments = fulfilments;
        this.json = json;
        this.warehouseSecret = warehouseSecret;
    }

    record RequestForm(
            @NotNull @Positive Long orderId,
            @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> lineIds) {}

    record ShippedForm(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String serviceName,

            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{4,40}")
            String trackingNo,

            @Size(max = 100) String carrier) {}

    record Item(long orderLineId, int quantity) {}

    record View(
            long overseasFulfilmentId,
            String outboundNo,
            long orderId,
            long warehouseId,
            String warehouseKind,
            OverseasFulfilment.Status status,
            List<Item> items,
            List<FulfilmentFees.Fee> fees,
            String serviceName,
            String trackingNo,
            String carrier,
            Long shippingNoticeId,
            Instant requestedAt,
            Instant shippedAt,
            Instant cancelledAt) {

        static View of(OverseasFulfilment f) {
            return new View(
                    f.id(),
                    f.outboundNo(),
                    f.orderId(),
                    f.warehouseId(),
                    f.warehouseKind().name(),
                    f.status(),
                    f.items().entrySet().stream()
                            .map(e -> new Item(e.getKey(), e.getValue()))
                            .toList(),
                    f.fees(),
                    f.serviceName(),
                    f.trackingNo(),
                    f.carrier(),
                    f.noticeId(),
                    f.requestedAt(),
                    f.shippedAt(),
                    f.cancelledAt());
        }
    }

    @PostMapping("/overseas-fulfilments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Send order lines shipped from an overseas warehouse to it as an outbound order; its handling and last-mile fees quoted (R-W8)")
    View request(CurrentAccount me, @Valid @RequestBody RequestForm form) {
        return View.of(fulfilments.request(me, form.orderId(), new LinkedHashSet<>(form.lineIds())));
    }

    @GetMapping("/overseas-fulfilments")
    @Operation(summary = "The outbound orders of one order, oldest first")
    List<View> forOrder(CurrentAccount me, @RequestParam @Positive long orderId) {
        return fulfilments.forOrder(me, orderId).stream().map(View::of).toList();
    }

    @GetMapping("/overseas-fulfilments/{id}")
    @Operation(summary = "One outbound order")
    View get(CurrentAccount me, @PathVariable long id) {
        return View.of(fulfilments.find(me, id));
    }

    @PostMapping("/overseas-fulfilments/{id}/shipped")
    @Operation(
            summary =
                    "A self-built warehouse shipped: its local carrier and tracking number fill in the shipping notice, the stock leaves, the fees are charged once")
    View shipped(CurrentAccount me, @PathVariable long id, @Valid @RequestBody ShippedForm form) {
        return View.of(fulfilments.shippedBySeller(me, id, form.serviceName(), form.trackingNo(), form.carrier()));
    }

    @PostMapping("/overseas-fulfilments/{id}/cancel")
    @Operation(summary = "Withdraw the outbound order before it ships")
    View cancel(CurrentAccount me, @PathVariable long id) {
        return View.of(fulfilments.cancel(me, id));
    }

    @PostMapping(path = "/warehouse/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "A third-party warehouse's report on an outbound order (SHIPPED with serviceName and trackingNo, or CANCELLED), signed with X-Warehouse-Signature (HMAC-SHA256 of the raw body); a repeat changes nothing")
    View warehouseEvent(
            @RequestHeader(name = "X-Warehouse-Signature", required = false) String signature,
            @RequestBody byte[] body) {
        BodySignature.verify(warehouseSecret, body, signature);
        try {
            var node = json.readTree(body);
            var outboundNo = node.path("outboundNo").asString("");
            var event = node.path("event").asString("");
            var service = node.path("serviceName").asString("");
            var trackingNo = node.path("trackingNo").asString("");
            var carrier = node.path("carrier").isString() ? node.path("carrier").asString() : null;
            InputText.require("outboundNo", outboundNo);
            InputText.require("carrier", carrier);
            if (event.equals("SHIPPED") && (service.isBlank() || trackingNo.isBlank())) {
                throw new InvalidInputException("trackingNo", "NotBlank");
            }
            return View.of(fulfilments.warehouseReported(outboundNo, event, service, trackingNo, carrier));
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "INVALID_VALUE");
        }
    }
}
