package io.sellercenter.orders.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.internal.OnlineShipping;
import io.sellercenter.orders.internal.ShippingNotice;
import io.sellercenter.orders.internal.ShippingNotices;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.web.Problems;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsOrderStatus;
import io.sellercenter.shipping.LogisticsOrderView;
import io.sellercenter.shipping.LogisticsOrders;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.UndeliverableDecision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/logistics-orders")
@Tag(name = "Shipping")
class LogisticsOrderApi {

    private final OnlineShipping shipping;
    private final LogisticsOrders logistics;
    private final LogisticsOrderQueries queries;
    private final ShippingNotices notices;
    private final Problems problems;

    LogisticsOrderApi(
            OnlineShipping shipping,
            LogisticsOrders logistics,
            LogisticsOrderQueries queries,
            ShippingNotices notices,
            Problems problems) {
        this.problems = problems;
        this.shipping = shipping;
        this.logistics = logistics;
        this.queries = queries;
        this.notices = notices;
    }

    @PostMapping("/{id}/shipping-notice")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Fill in the order's shipping notice with this logistics order's service and waybill, in one click (R-H9, R-H14)")
    ShippingNotice notice(CurrentAccount me, @PathVariable long id) {
        return notices.declareOnline(me, id);
    }

    @PostMapping("/{id}/confirm-shipping")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Third-party logistics: confirm the parcel shipped after printing the third party's label and manifest; fills in the shipping notice (R-H14)")
    ShippingNotice confirmShipping(CurrentAccount me, @PathVariable long id) {
        return notices.confirmThirdParty(me, id);
    }

    record NoticeBatchForm(@NotEmpty @Size(max = 1_000) List<@NotNull @Positive Long> logisticsOrderIds) {}

    record NoticeResult(long logisticsOrderId, boolean ok, Long noticeId, ProblemDetail problem) {}

    @PostMapping("/shipping-notices")
    @Operation(
            summary =
                    "One-click shipping notices for many logistics orders; a result per logistics order, one refusal undoes nothing else")
    Map<String, List<NoticeResult>> notices(CurrentAccount me, @Valid @RequestBody NoticeBatchForm form) {
        return Map.of(
                "results",
                notices.declareOnlineAll(me, form.logisticsOrderIds()).stream()
                        .map(o -> o.failure() == null
                                ? new NoticeResult(
                                        o.logisticsOrderId(), true, o.notice().noticeId(), null)
                                : new NoticeResult(o.logisticsOrderId(), false, null, problems.of(o.failure())))
                        .toList());
    }

    record AddressForm(
            @NotBlank @Size(max = 100) String contactPerson,
            @Size(max = 30) String mobileNo,
            @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
            @Size(max = 100) String province,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 20) String zip) {

        PostalAddress postal() {
            return new PostalAddress(contactPerson, mobileNo, country, province, city, address, zip);
        }
    }

    record DeclaredItemForm(
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String nameCn,
            @Pattern(regexp = "[0-9]{6,10}") String hsCode,
            @NotNull @Positive @Max(10_000) Integer quantity,

            @NotNull @DecimalMin("0.01") @DecimalMax("100000")
            BigDecimal unitValue,

            @NotNull @Positive @Max(100_000) Integer weightGrams) {

        DeclaredItem item() {
            return new DeclaredItem(nameEn, nameCn, hsCode == null ? "" : hsCode, quantity, unitValue, weightGrams);
        }
    }

    record PackageForm(
            @NotNull @Positive @Max(100_000) Integer weightGrams,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal lengthCm,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal widthCm,
            @NotNull @DecimalMin("0.1") @DecimalMax("500") BigDecimal heightCm) {}

    record CreateForm(
            @NotNull @Positive Long orderId,
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String serviceCode,

            @NotNull GoodsType goodsType,

            @Valid AddressForm receiver,
            @NotNull @Valid AddressForm sender,
            @Valid AddressForm pickupAddress,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull DeclaredItemForm> declaredItems,

            @JsonProperty("package") @NotNull @Valid PackageForm packageInfo,

            @NotNull Handover pickupType,
            Boolean askPickupOutsideRange,
            @NotNull UndeliverableDecision undeliverableDecision,
            Boolean confirmServiceMismatch,
            @Size(max = 100) List<@Valid @NotNull ShipmentItem> items) {}

    /** Part of the order this shipment carries; without items it carries everything still to ship. */
    record ShipmentItem(
            @NotNull @Positive Long orderLineId,
            @NotNull @Positive @Max(10_000) Integer quantity) {}

    record BatchForm(@NotEmpty @Size(max = 10_000) List<@Valid @NotNull CreateForm> orders) {}

    record BatchResult(long orderId, boolean ok, Long logisticsOrderId, String intlTrackingNo, ProblemDetail problem) {}

    @PostMapping("/batch")
    @Operation(
            summary =
                    "Create logistics orders for many orders in one call; a result per order, one failure never undoes another")
    Map<String, List<BatchResult>> batch(CurrentAccount me, @Valid @RequestBody BatchForm form) {
        var outcomes = shipping.createAll(
                me, form.orders().stream().map(LogisticsOrderApi::form).toList());
        return Map.of(
                "results",
                outcomes.stream()
                        .map(o -> o.failure() == null
                                ? new BatchResult(
                                        o.orderId(),
                                        true,
                                        o.created().logisticsOrderId(),
                                        o.created().intlTrackingNo(),
                                        null)
                                : new BatchResult(o.orderId(), false, null, null, problems.of(o.failure())))
                        .toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Create the order's logistics order: waybill number and the estimated freight held; once per order (R-H2…R-H10)")
    LogisticsOrderView create(CurrentAccount me, @Valid @RequestBody CreateForm f) {
        return shipping.create(me, form(f));
    }

    private static OnlineShipping.Form form(CreateForm f) {
        var p = f.packageInfo();
        return new OnlineShipping.Form(
                f.orderId(),
                f.serviceCode(),
                f.goodsType(),
                f.receiver() == null ? null : f.receiver().postal(),
                f.sender().postal(),
                f.pickupAddress() == null ? null : f.pickupAddress().postal(),
                f.declaredItems().stream().map(DeclaredItemForm::item).toList(),
                new LogisticsServices.Parcel(p.weightGrams(), p.lengthCm(), p.widthCm(), p.heightCm()),
                f.pickupType(),
                Boolean.TRUE.equals(f.askPickupOutsideRange()),
                f.undeliverableDecision(),
                Boolean.TRUE.equals(f.confirmServiceMismatch()),
                f.items() == null
                        ? null
                        : f.items().stream()
                                .collect(Collectors.toMap(
                                        ShipmentItem::orderLineId, ShipmentItem::quantity, Integer::sum)));
    }

    @GetMapping
    @Operation(summary = "The seller's logistics orders; q matches the order number, LP number or waybill")
    Page<LogisticsOrderView> list(
            CurrentAccount me,
            @RequestParam(required = false) LogisticsOrderStatus status,
            @RequestParam(required = false) @Size(max = 64) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.list(
                me.requirePermission(Permission.SHIPPING),
                status == null ? Set.of() : Set.of(status),
                q,
                new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One logistics order")
    LogisticsOrderView get(CurrentAccount me, @PathVariable long id) {
        return queries.find(me.requirePermission(Permission.SHIPPING), id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel before the parcel is received at the transit warehouse; the freight hold is released")
    LogisticsOrderView cancel(CurrentAccount me, @PathVariable long id) {
        return logistics.cancel(me.requirePermission(Permission.SHIPPING), id);
    }
}
