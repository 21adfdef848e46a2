package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.orders.internal.CarrierServices;
import io.sellercenter.orders.internal.OrderLifecycle;
import io.sellercenter.orders.internal.OrderMessages;
import io.sellercenter.orders.internal.OrderQueries;
import io.sellercenter.orders.internal.ServiceChoice;
import io.sellercenter.orders.internal.ShippingNotice;
import io.sellercenter.orders.internal.ShippingNotices;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shipping.LogisticsServices.Option;
import io.sellercenter.shipping.LogisticsServices.Parcel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Orders")
class SellerOrderApi {

    private final OrderQueries queries;
    private final OrderLifecycle lifecycle;
    private final ShippingNotices notices;
    private final OrderMessages messages;
    private final ServiceChoice serviceChoice;

    SellerOrderApi(
            OrderQueries queries,
            OrderLifecycle lifecycle,
            ShippingNotices notices,
            OrderMessages messages,
            ServiceChoice serviceChoice) {
        this.serviceChoice = serviceChoice;
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.messages = messages;
    }

    record NoticeItem(
            @NotNull @Positive Long orderLineId,
            @NotNull @Positive @Max(100_000) Integer quantity) {}

    record NoticeForm(
            @NotNull ShippingNotice.SendType sendType,
            @NotBlank @Size(max = 40) String serviceName,
            @NotBlank @Size(max = 64) String trackingNo,
            @Size(max = 100) String carrier,
            @Size(max = 300) String trackingWebsite,
            @Size(max = 200) List<@Valid @NotNull NoticeItem> items) {}

    record NoticeChange(
            @NotBlank @Size(max = 40) String serviceName,
            @NotBlank @Size(max = 64) String trackingNo,
            @Size(max = 100) String carrier,
            @Size(max = 300) String trackingWebsite) {}

    record Extension(@NotNull @Min(1) @Max(30) Integer days) {}

    record MessageForm(@NotBlank @Size(max = 2000) String body) {}

    record Service(
            String serviceName,
            String displayName,
            String trackingNoPattern,
            boolean carrierRequired,
            boolean trackingWebsiteRequired) {}

    @GetMapping("/orders")
    @Operation(
            summary =
                    "The seller's orders, newest first, with time left to ship (ORDERS); q matches order number, buyer or tracking number")
    Page<OrderQueries.Summary> list(
            CurrentAccount me,
            @RequestParam(required = false) OrderStatus orderStatus,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime createdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime createdTo,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.forSeller(
                me,
                new OrderQueries.Filter(
                        orderStatus,
                        createdFrom == null ? null : createdFrom.toInstant(),
                        createdTo == null ? null : createdTo.toInstant(),
                        q),
                new PageRequest(page, size));
    }

    @GetMapping("/orders/{orderId}")
    @Operation(summary = "One order: lines with attributes, the buyer's chosen service, deadlines, shipments")
    OrderQueries.Detail get(CurrentAccount me, @PathVariable long orderId) {
        return queries.forSellerDetail(me, orderId);
    }

    @PostMapping("/orders/{orderId}/shipping-notices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Fill in the shipping notice: ALL or PART (lines and quantities); offline shipping names the seller's own carrier (SHIPPING, R-H9, R-H13)")
    ShippingNotice declare(CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody NoticeForm form) {
        var items = new LinkedHashMap<Long, Integer>();
        if (form.items() != null) {
            form.items().forEach(i -> items.merge(i.orderLineId(), i.quantity(), Integer::sum));
        }
        return notices.declare(
                me,
                orderId,
                new ShippingNotices.Declaration(
                        form.sendType(),
                        form.serviceName(),
                        form.trackingNo(),
                        form.carrier(),
                        form.trackingWebsite(),
                        items));
    }

    @PutMapping("/orders/{orderId}/shipping-notices/{noticeId}")
    @Operation(summary = "Correct a shipping notice's service or tracking number within the allowed window")
    ShippingNotice modify(
            CurrentAccount me,
            @PathVariable long orderId,
            @PathVariable long noticeId,
            @Valid @RequestBody NoticeChange change) {
        return notices.modify(
                me,
                orderId,
                noticeId,
                change.serviceName(),
                change.trackingNo(),
                change.carrier(),
                change.trackingWebsite());
    }

    @GetMapping("/orders/{orderId}/logistics-services")
    @Operation(
            summary =
                    "Online services for the order's parcel: estimated freight, days, buyerSelected, acceptsGoodsType, pickupAvailable, transit warehouse (SHIPPING, R-H3, R-H4, R-H6)")
    List<Option> logisticsServices(
            CurrentAccount me,
            @PathVariable long orderId,
            @RequestParam(required = false) @Positive @Max(100_000) Integer weightGrams,
            @RequestParam(required = false) @DecimalMin("0.1") @DecimalMax("500") BigDecimal lengthCm,
            @RequestParam(required = false) @DecimalMin("0.1") @DecimalMax("500") BigDecimal widthCm,
            @RequestParam(required = false) @DecimalMin("0.1") @DecimalMax("500") BigDecimal heightCm,
            @RequestParam(required = false) @Pattern(regexp = "[0-9]{6}") String pickupPostalCode) {
        var parcel = weightGrams == null || lengthCm == null || widthCm == null || heightCm == null
                ? null
                : new Parcel(weightGrams, lengthCm, widthCm, heightCm);
        return serviceChoice.options(me, orderId, parcel, pickupPostalCode);
    }

    @GetMapping("/carrier-services")
    @Operation(summary = "The services a shipping notice may name, with their tracking-number patterns")
    List<Service> services(CurrentAccount me) {
        return CarrierServices.ALL.stream()
                .map(s -> new Service(
                        s.serviceName(),
                        s.displayName(),
                        s.trackingNo() == null ? null : s.trackingNo().pattern(),
                        s.needsCarrier(),
                        s.needsWebsite()))
                .toList();
    }

    @PostMapping("/orders/{orderId}/cancellation")
    @Operation(
            summary =
                    "Accept (refund, stock released) or refuse the buyer's cancellation request (ORDERS); a refusal's reason goes to the buyer as an order message")
    OrderQueries.Detail answerCancel(
            CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody CancelAnswer answer) {
        answer.apply(me, orderId, lifecycle, messages);
        return queries.forSellerDetail(me, orderId);
    }

    @PostMapping("/orders/{orderId}/receipt-extension")
    @Operation(
            summary = "Give the buyer more days to confirm receipt, within the limit (422 EXTENSION_TOO_LONG beyond)")
    OrderQueries.Detail extend(CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody Extension extension) {
        lifecycle.extendReceipt(me, orderId, extension.days());
        return queries.forSellerDetail(me, orderId);
    }

    @GetMapping("/orders/{orderId}/messages")
    @Operation(summary = "The order's messages; the buyer's become read (R-H12)")
    List<OrderMessages.Message> messages(CurrentAccount me, @PathVariable long orderId) {
        return messages.read(me, orderId);
    }

    @PostMapping("/orders/{orderId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the buyer")
    OrderMessages.Message send(CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody MessageForm form) {
        return messages.send(me, orderId, form.body());
    }

    @PostMapping("/orders/{orderId}/freeze")
    @Operation(summary = "Freeze or unfreeze an order (platform admin)")
    Map<String, Object> freeze(CurrentAccount me, @PathVariable long orderId, @RequestParam boolean frozen) {
        lifecycle.freeze(me, orderId, frozen);
        return Map.of("orderId", orderId, "frozen", frozen);
    }

    @PostMapping("/orders/{orderId}/dispute-resolution")
    @Operation(summary = "Resolve a dispute: refund the buyer or let the order continue (platform admin)")
    Map<String, Object> resolve(CurrentAccount me, @PathVariable long orderId, @RequestParam boolean refund) {
        lifecycle.resolveDispute(me, orderId, refund);
        return Map.of("orderId", orderId, "refunded", refund);
    }
}
