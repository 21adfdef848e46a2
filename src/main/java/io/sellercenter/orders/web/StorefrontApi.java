package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.Payment;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.orders.internal.OrderLifecycle;
import io.sellercenter.orders.internal.OrderMessages;
import io.sellercenter.orders.internal.OrderQueries;
import io.sellercenter.shared.Money;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.PostalAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/storefront/orders")
@Tag(name = "Storefront")
class StorefrontApi {

    private final OrderLifecycle lifecycle;
    private final OrderQueries queries;
    private final OrderMessages messages;

    StorefrontApi(OrderLifecycle lifecycle, OrderQueries queries, OrderMessages messages) {
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.messages = messages;
    }

    record ItemForm(
            @NotNull @Positive Long productId,
            @NotBlank @Size(max = 64) String skuCode,
            @NotNull @Positive @Max(999) Integer quantity) {}

    record AddressForm(
            @NotBlank @Size(max = 100) String contactPerson,
            @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
            @NotBlank @Size(max = 100) String province,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Size(max = 20) String zip,
            @NotBlank @Size(max = 30) String mobileNo) {}

    record OrderForm(
            @NotEmpty @Size(max = 50) List<@Valid @NotNull ItemForm> items,
            @NotNull @Valid AddressForm shippingAddress,
            @Pattern(regexp = "[A-Z0-9_]{2,40}") String logisticsServiceCode) {}

    record Placed(long orderId, String orderStatus, Money total) {}

    record PaymentForm(ProviderCode provider) {}

    record ReasonForm(@Size(max = 500) String reason) {}

    record MessageForm(@NotBlank @Size(max = 2000) String body) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Place an order for SKUs of one store; stock is reserved at each SKU's ship-from warehouse (buyer)")
    Placed place(CurrentAccount me, @Valid @RequestBody OrderForm form) {
        var a = form.shippingAddress();
        var id = lifecycle.place(
                me,
                form.items().stream()
                        .map(i -> new OrderLifecycle.Item(i.productId(), i.skuCode(), i.quantity()))
                        .toList(),
                new PostalAddress(
                        a.contactPerson(), a.mobileNo(), a.country(), a.province(), a.city(), a.address(), a.zip()),
                form.logisticsServiceCode());
        var detail = queries.forBuyerDetail(me, id);
        return new Placed(id, detail.orderStatus().name(), detail.total());
    }

    @GetMapping
    @Operation(summary = "The buyer's orders")
    Page<OrderQueries.Summary> list(
            CurrentAccount me,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.forBuyer(me, new PageRequest(page, size));
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "One of the buyer's orders")
    OrderQueries.Detail get(CurrentAccount me, @PathVariable long orderId) {
        return queries.forBuyerDetail(me, orderId);
    }

    @PostMapping("/{orderId}/payment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Pay through a provider: complete the payment at payUrl; the order moves on when the provider confirms")
    Payment pay(CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody(required = false) PaymentForm form) {
        return lifecycle.pay(
                me, orderId, form == null || form.provider() == null ? ProviderCode.ALIPAY_INTL : form.provider());
    }

    @PostMapping("/{orderId}/cancel-request")
    @Operation(
            summary =
                    "Cancel an unpaid order, or ask the seller to cancel a paid one (accepted after 48 h without an answer)")
    OrderQueries.Detail cancel(
            CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody(required = false) ReasonForm form) {
        lifecycle.cancel(me, orderId, form == null ? null : form.reason());
        return queries.forBuyerDetail(me, orderId);
    }

    @PostMapping("/{orderId}/confirm-receipt")
    @Operation(summary = "Confirm the goods arrived")
    OrderQueries.Detail confirm(CurrentAccount me, @PathVariable long orderId) {
        lifecycle.confirmReceipt(me, orderId);
        return queries.forBuyerDetail(me, orderId);
    }

    @PostMapping("/{orderId}/disputes")
    @Operation(summary = "Open a dispute on a shipped order")
    OrderQueries.Detail dispute(
            CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody(required = false) ReasonForm form) {
        lifecycle.openDispute(me, orderId, form == null ? null : form.reason());
        return queries.forBuyerDetail(me, orderId);
    }

    @GetMapping("/{orderId}/messages")
    @Operation(summary = "The order's messages; the seller's become read")
    List<OrderMessages.Message> messages(CurrentAccount me, @PathVariable long orderId) {
        return messages.read(me, orderId);
    }

    @PostMapping("/{orderId}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the seller")
    OrderMessages.Message send(CurrentAccount me, @PathVariable long orderId, @Valid @RequestBody MessageForm form) {
        return messages.send(me, orderId, form.body());
    }
}
