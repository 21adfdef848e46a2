package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.OverseasFulfilments;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.web.FormErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The order page's outbound orders to overseas warehouses; a refusal is shown in their section. */
@Controller
class OverseasFulfilmentPages {

    private final OverseasFulfilments fulfilments;
    private final MessageSource messages;

    OverseasFulfilmentPages(OverseasFulfilments fulfilments, MessageSource messages) {
        this.fulfilments = fulfilments;
        this.messages = messages;
    }

    @PostMapping("/seller/orders/{orderId}/overseas-fulfilments")
    String request(
            CurrentAccount me,
            @PathVariable long orderId,
            @RequestParam(name = "lineIds", required = false) List<Long> lineIds,
            RedirectAttributes redirect) {
        return done(
                orderId,
                redirect,
                () -> fulfilments.request(me, orderId, new LinkedHashSet<>(lineIds == null ? List.of() : lineIds)));
    }

    @PostMapping("/seller/overseas-fulfilments/{id}/shipped")
    String shipped(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam String serviceName,
            @RequestParam String trackingNo,
            @RequestParam(required = false) String carrier,
            RedirectAttributes redirect) {
        var orderId = fulfilments.find(me, id).orderId();
        return done(orderId, redirect, () -> {
            if (trackingNo.isBlank() || !trackingNo.trim().matches("[A-Za-z0-9-]{4,40}")) {
                throw new InvalidInputException("trackingNo", "INVALID_VALUE");
            }
            return fulfilments.shippedBySeller(
                    me, id, serviceName, trackingNo.trim(), carrier == null || carrier.isBlank() ? null : carrier);
        });
    }

    @PostMapping("/seller/overseas-fulfilments/{id}/cancel")
    String cancel(CurrentAccount me, @PathVariable long id, RedirectAttributes redirect) {
        var orderId = fulfilments.find(me, id).orderId();
        return done(orderId, redirect, () -> fulfilments.cancel(me, id));
    }

    /** The ledger links an overseas fee here: the outbound order is shown on its order's page. */
    @GetMapping("/seller/overseas-fulfilments/{id}")
    String show(CurrentAccount me, @PathVariable long id) {
        return "redirect:/seller/orders/" + fulfilments.find(me, id).orderId() + "#overseas";
    }

    private String done(long orderId, RedirectAttributes redirect, Supplier<?> action) {
        try {
            action.get();
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "outboundError", messages.getMessage(FormErrors.message(e), LocaleContextHolder.getLocale()));
        }
        return "redirect:/seller/orders/" + orderId + "#overseas";
    }
}
