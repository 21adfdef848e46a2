package io.sellercenter.orders.web;

import static io.sellercenter.shared.InputText.blankToNull;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.Permission;
import io.sellercenter.orders.OrderStatus;
import io.sellercenter.orders.internal.CarrierServices;
import io.sellercenter.orders.internal.OrderMessages;
import io.sellercenter.orders.internal.OrderQueries;
import io.sellercenter.orders.internal.OverseasFulfilment;
import io.sellercenter.orders.internal.OverseasFulfilments;
import io.sellercenter.orders.internal.ServiceChoice;
import io.sellercenter.orders.internal.ServiceProposals;
import io.sellercenter.orders.internal.ShippingNotices;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shipping.LogisticsOrderQueries;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.ParcelTracking;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The seller's order page: the shipping notice, online shipping, a service proposed to the buyer, messages. */
@Controller
@RequestMapping("/seller/orders")
class OrderPages {

    private final OrderQueries queries;
    private final ShippingNotices notices;
    private final OrderMessages messages;
    private final LogisticsOrderQueries logistics;
    private final ParcelTracking tracking;
    private final ServiceChoice serviceChoice;
    private final ServiceProposals proposals;
    private final OverseasFulfilments fulfilments;

    OrderPages(
            OrderQueries queries,
            ShippingNotices notices,
            OrderMessages messages,
            LogisticsOrderQueries logistics,
            ParcelTracking tracking,
            ServiceChoice serviceChoice,
            ServiceProposals proposals,
            OverseasFulfilments fulfilments) {
        this.fulfilments = fulfilments;
        this.serviceChoice = serviceChoice;
        this.proposals = proposals;
        this.logistics = logistics;
        this.tracking = tracking;
        this.queries = queries;
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    String show(CurrentAccount me, @PathVariable long id, Model model) {
        model.addAttribute("form", new NoticeForm());
        return orderPage(me, id, model);
    }

    @PostMapping("/{id}/shipping-notices")
    String declare(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") NoticeForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                var items = new LinkedHashMap<Long, Integer>();
                form.getQuantities().forEach((line, q) -> {
                    if (q != null && q > 0) {
                        items.put(line, q);
                    }
                });
                notices.declare(
                        me,
                        id,
                        new ShippingNotices.Declaration(
                                form.getSendType(),
                                form.getServiceName(),
                                form.getTrackingNo(),
                                form.getCarrier(),
                                blankToNull(form.getTrackingWebsite()),
                                items));
                return "redirect:/seller/orders/" + id + "?shipped";
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        return orderPage(me, id, model);
    }

    private String orderPage(CurrentAccount me, long id, Model model) {
        var order = queries.forSellerDetail(me, id);
        model.addAttribute("order", order);
        var seller = me.requireSeller();
        var latest = logistics.forOrder(seller, id).stream()
                .reduce((earlier, later) -> later)
                .orElse(null);
        model.addAttribute("logistics", latest);
        model.addAttribute(
                "tracking",
                latest == null || !me.has(Permission.SHIPPING)
                        ? List.of()
                        : tracking.timeline(seller, latest.logisticsOrderId()));
        model.addAttribute("messages", messages.read(me, id));
        model.addAttribute("services", CarrierServices.ALL);
        var outbound = me.has(Permission.SHIPPING) ? fulfilments.forOrder(me, id) : List.<OverseasFulfilment>of();
        model.addAttribute("outbound", outbound);
        // overseas lines still to ship and not already waiting at their warehouse
        var waiting = outbound.stream()
                .filter(f -> f.status() == OverseasFulfilment.Status.REQUESTED)
                .flatMap(f -> f.items().keySet().stream())
                .collect(Collectors.toSet());
        model.addAttribute(
                "sendable",
                order.lines().stream()
                        .filter(l -> !"CN".equals(l.shipFromCountry())
                                && l.quantity() > l.shippedQuantity()
                                && !waiting.contains(l.orderLineId()))
                        .toList());
        proposalModel(me, order, model);
        return "seller/order";
    }

    /**
     * R-H3: while the order waits for shipment, whether the buyer's service can carry the parcel, and the services the
     * seller may propose instead (those that can); the proposals made so far.
     */
    private void proposalModel(CurrentAccount me, OrderQueries.Detail order, Model model) {
        var id = order.orderId();
        var status = order.orderStatus();
        var waiting = status == OrderStatus.WAIT_SELLER_SEND_GOODS || status == OrderStatus.SELLER_PART_SEND_GOODS;
        model.addAttribute("proposals", proposals.list(me, id));
        if (!waiting || !me.has(Permission.SHIPPING)) {
            return;
        }
        var options = serviceChoice.options(me, id, null, null);
        options.stream()
                .filter(LogisticsServices.Option::buyerSelected)
                .findFirst()
                .map(LogisticsServices.Option::unavailableReason)
                .ifPresent(reason -> model.addAttribute("buyerServiceProblem", reason));
        model.addAttribute(
                "proposable",
                options.stream()
                        .filter(o -> o.unavailableReason() == null && !o.buyerSelected())
                        .toList());
    }
}
