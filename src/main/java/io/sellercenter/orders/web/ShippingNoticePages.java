package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.orders.internal.ShippingNotice;
import io.sellercenter.orders.internal.ShippingNotices;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.Problems;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsOrderView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One-click shipping notices from the logistics-order pages: for one parcel, or for the parcels ticked in the list. */
@Controller
class ShippingNoticePages {

    /** What became of one ticked parcel, for the list's result message. */
    record NoticeResult(long orderId, boolean ok, String message) implements Serializable {}

    private final ShippingNotices notices;
    private final LogisticsOrderQueries logistics;
    private final Problems problems;

    ShippingNoticePages(ShippingNotices notices, LogisticsOrderQueries logistics, Problems problems) {
        this.notices = notices;
        this.logistics = logistics;
        this.problems = problems;
    }

    /** Filled in: on to the order, which now shows it; refused: back to the parcel with the reason. */
    @PostMapping("/seller/logistics-orders/{logisticsOrderId}/shipping-notice")
    String notice(CurrentAccount me, @PathVariable long logisticsOrderId, RedirectAttributes redirect) {
        return shipped(logisticsOrderId, redirect, () -> notices.declareOnline(me, logisticsOrderId));
    }

    /** Third-party logistics: the parcel handed over after the third party's label and manifest (R-H14). */
    @PostMapping("/seller/logistics-orders/{logisticsOrderId}/confirm-shipping")
    String confirmShipping(CurrentAccount me, @PathVariable long logisticsOrderId, RedirectAttributes redirect) {
        return shipped(logisticsOrderId, redirect, () -> notices.confirmThirdParty(me, logisticsOrderId));
    }

    private String shipped(long logisticsOrderId, RedirectAttributes redirect, Supplier<ShippingNotice> declare) {
        try {
            return "redirect:/seller/orders/" + declare.get().orderId() + "?shipped";
        } catch (DomainException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("refused", problems.of(e).getDetail());
            return "redirect:/seller/logistics-orders/" + logisticsOrderId;
        }
    }

    /** The order list's ticked orders: the notices of their live logistics orders, the results shown on the list. */
    private String fromOrders(
            CurrentAccount me, SellerId seller, List<Long> orderIds, String back, RedirectAttributes redirect) {
        var target =
                "redirect:/seller/orders" + (back != null && back.startsWith("?") && !back.contains("//") ? back : "");
        if (orderIds == null || orderIds.isEmpty()) {
            redirect.addFlashAttribute("bulkError", problems.message("field.NONE_TICKED_ORDERS"));
            return target;
        }
        var parcels = logistics.forOrders(
                seller, orderIds.stream().mapToLong(Long::longValue).toArray());
        var results = new ArrayList<NoticeResult>();
        var withParcel = parcels.stream().map(LogisticsOrderView::orderId).toList();
        orderIds.stream()
                .filter(id -> !withParcel.contains(id))
                .forEach(
                        id -> results.add(new NoticeResult(id, false, problems.message("problem.NO_LOGISTICS_ORDER"))));
        if (!parcels.isEmpty()) {
            var outcomes = notices.declareOnlineAll(
                    me,
                    parcels.stream().map(LogisticsOrderView::logisticsOrderId).toList());
            for (int i = 0; i < outcomes.size(); i++) {
                var failure = outcomes.get(i).failure();
                results.add(new NoticeResult(
                        parcels.get(i).orderId(),
                        failure == null,
                        failure == null ? null : problems.of(failure).getDetail()));
            }
        }
        redirect.addFlashAttribute("noticeResults", results);
        redirect.addFlashAttribute(
                "noticeRefused", results.stream().filter(r -> !r.ok()).count());
        return target;
    }

    /** The ticked parcels' notices, each on its own; back to the list (its tab and search kept) with each refusal. */
    @PostMapping("/seller/logistics-orders/shipping-notices")
    String notices(
            CurrentAccount me,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(name = "orderIds", required = false) List<Long> orderIds,
            @RequestParam(required = false) String tab,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        var seller = me.requirePermission(Permission.SHIPPING);
        if ("orders".equals(origin)) {
            return fromOrders(me, seller, orderIds, back, redirect);
        }
        if (tab != null && !tab.isBlank()) {
            redirect.addAttribute("tab", tab);
        }
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", q);
        }
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("noneTicked", true);
            return "redirect:/seller/logistics-orders";
        }
        var parcels = logistics.findAll(seller, ids);
        var results = new ArrayList<NoticeResult>();
        var refused = 0;
        for (var outcome : notices.declareOnlineAll(me, ids)) {
            var parcel = parcels.get(outcome.logisticsOrderId());
            var orderId = parcel == null ? outcome.logisticsOrderId() : parcel.orderId();
            if (outcome.failure() == null) {
                results.add(new NoticeResult(orderId, true, null));
            } else {
                refused++;
                results.add(new NoticeResult(
                        orderId, false, problems.of(outcome.failure()).getDetail()));
            }
        }
        redirect.addFlashAttribute("noticeResults", results);
        redirect.addFlashAttribute("noticeRefused", refused);
        return "redirect:/seller/logistics-orders";
    }
}
