package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.orders.internal.OnlineShipping;
import io.sellercenter.orders.internal.OrderQueries;
import io.sellercenter.orders.internal.ServiceChoice;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.PostalAddress;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.DeclaredItem;
import io.sellercenter.shipping.Handover;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.SellerAddresses;
import io.sellercenter.shipping.ServiceNames;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Online shipping in the UI: the deduction account, the services for the order's parcel, the
 * logistics-order form, a final check with the buyer's details (R-H10), then label and notice.
 */
@Controller
class OnlineShippingPages {

    private final FreightAccounts accounts;
    private final SellerAddresses addresses;
    private final ServiceChoice services;
    private final OnlineShipping shipping;
    private final OrderQueries queries;
    private final LogisticsServices logistics;
    private final ServiceNames serviceNames;
    private final Validator validator;

    OnlineShippingPages(
            FreightAccounts accounts,
            ServiceChoice services,
            OnlineShipping shipping,
            OrderQueries queries,
            SellerAddresses addresses,
            LogisticsServices logistics,
            ServiceNames serviceNames,
            Validator validator) {
        this.logistics = logistics;
        this.serviceNames = serviceNames;
        this.validator = validator;

        this.addresses = addresses;
        this.accounts = accounts;
        this.services = services;
        this.shipping = shipping;
        this.queries = queries;
    }

    @GetMapping("/seller/orders/{id}/online")
    String services(CurrentAccount me, @PathVariable long id, @RequestParam(defaultValue = "1") int step, Model model) {
        var options = services.options(me, id, null, null);
        var form = new OnlineForm();
        var order = queries.forSellerDetail(me, id);
        form.setServiceCode(order.buyerSelectedService());
        form.setSenderName(me.displayName());
        // the default sender address of the address book prefills the sender
        addresses.defaultOf(me.sellerId(), SellerAddresses.Type.SENDER).ifPresent(a -> {
            form.setSenderName(a.name());
            form.setSenderMobile(a.mobile());
            form.setSenderAddress(a.streetAddress());
            form.setSenderCity(a.city());
            form.setSenderZip(a.postcode());
        });
        var consignee = order.shippingAddress();
        form.setReceiverName(consignee.contactPerson());
        form.setReceiverMobile(consignee.mobileNo());
        form.setReceiverAddress(consignee.address());
        form.setReceiverCity(consignee.city());
        form.setReceiverProvince(consignee.province());
        form.setReceiverZip(consignee.zip());
        form.setItemNameEn(order.lines().getFirst().title());
        form.setUnitValue(order.lines().getFirst().unitPrice().amount());
        options.stream()
                .filter(o -> o.chargeableWeightGrams() != null)
                .findFirst()
                .ifPresent(o -> form.setWeightGrams(o.chargeableWeightGrams()));
        model.addAttribute("form", form);
        // a later step opened by its address is reached as going forward would: the first step with a problem stops it
        var result = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, result);
        var opened = OnlineStep.of(step);
        var stopped = firstFailing(me, order, options, form, result, opened.number(), model);
        return stopped != null ? stopped : stepPage(me, order, options, opened, form, null, model);
    }

    /**
     * One step after another: going forward checks every step before the one asked for, with what the domain can
     * tell before anything is created (the buyer's service, the goods of every line and the parcel, the pickup range,
     * the deduction account), and stops at the first with a problem; going back keeps what was typed.
     */
    @PostMapping("/seller/orders/{id}/online")
    String step(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") OnlineForm form,
            BindingResult result,
            @RequestParam(defaultValue = "1") int step,
            @RequestParam(defaultValue = "2") int go,
            Model model) {
        var order = queries.forSellerDetail(me, id);
        var options = services.options(me, id, parcel(form, result), pickupPostalCode(form, result));
        if (go <= step) {
            return stepPage(me, order, options, OnlineStep.of(go), form, null, model);
        }
        var target = Math.min(go, OnlineStep.values().length + 1);
        var stopped = firstFailing(me, order, options, form, result, target, model);
        if (stopped != null) {
            return stopped;
        }
        if (target <= OnlineStep.values().length) {
            return stepPage(me, order, options, OnlineStep.of(target), form, null, model);
        }
        var shown = new BeanPropertyBindingResult(form, "form");
        try {
            shipping.create(me, toForm(order, form));
            return "redirect:/seller/orders/" + id + "?logistics";
        } catch (DomainException e) {
            FormErrors.reject(shown, e, null);
            return stepPage(me, order, options, OnlineStep.CHECK, form, shown, model);
        }
    }

    /** The page of the first step before {@code target} with a problem, or null when all of them pass. */
    private String firstFailing(
            CurrentAccount me,
            OrderQueries.Detail order,
            List<LogisticsServices.Option> options,
            OnlineForm form,
            BindingResult result,
            int target,
            Model model) {
        for (var s : OnlineStep.values()) {
            if (s.number() >= target) {
                break;
            }
            var shown = new BeanPropertyBindingResult(form, "form");
            result.getFieldErrors().stream()
                    .filter(e -> s.fields.contains(e.getField()))
                    .forEach(shown::addError);
            check(me, s, form, order, options, shown);
            if (shown.hasErrors()) {
                return stepPage(me, order, options, s, form, shown, model);
            }
        }
        return null;
    }

    /** What can be known before the logistics order is created, checked for one step. */
    private void check(
            CurrentAccount me,
            OnlineStep step,
            OnlineForm form,
            OrderQueries.Detail order,
            List<LogisticsServices.Option> options,
            BindingResult shown) {
        var chosen = options.stream()
                .filter(o -> o.serviceCode().equals(form.getServiceCode()))
                .findFirst();
        switch (step) {
            case SERVICE -> {
                if (!accounts.get(me).bound()) {
                    shown.reject("problem.DEDUCTION_ACCOUNT_NOT_BOUND");
                }
                if (form.getServiceCode() != null && chosen.isEmpty()) {
                    shown.rejectValue("serviceCode", "problem.SERVICE_NOT_AVAILABLE");
                }
                // the parcel as typed in a later step may be more than the service carries
                chosen.filter(o -> o.unavailableReason() != null)
                        .ifPresent(o -> shown.rejectValue("serviceCode", "problem." + o.unavailableReason()));
                var buyers = order.buyerSelectedService();
                if (buyers != null && !buyers.equals(form.getServiceCode()) && !form.isConfirmServiceMismatch()) {
                    shown.rejectValue(
                            "confirmServiceMismatch",
                            "problem.SERVICE_MISMATCH_NOT_CONFIRMED",
                            new Object[] {serviceNames.of(buyers)},
                            null);
                }
            }
            case HANDOVER -> {
                if (form.getPickupType() == Handover.DOOR_PICKUP
                        && !form.isAskPickupOutsideRange()
                        && chosen.map(o -> !o.pickupAvailable()).orElse(false)) {
                    shown.rejectValue("pickupType", "problem.PICKUP_NOT_AVAILABLE");
                }
            }
            default -> {}
        }
    }

    private String stepPage(
            CurrentAccount me,
            OrderQueries.Detail order,
            List<LogisticsServices.Option> options,
            OnlineStep step,
            OnlineForm form,
            BindingResult shown,
            Model model) {
        model.addAttribute("order", order);
        model.addAttribute("options", options);
        model.addAttribute("accountBound", accounts.get(me).bound());
        model.addAttribute("step", step);
        model.addAttribute("steps", OnlineStep.values());
        model.addAttribute(
                "hidden",
                OnlineStep.allFields().stream()
                        .filter(f -> !step.fields.contains(f))
                        .toList());
        model.addAttribute(
                "accepted",
                form.getServiceCode() == null
                        ? null
                        : logistics
                                .channel(form.getServiceCode())
                                .map(Channel::acceptedGoodsTypes)
                                .orElse(null));
        model.addAttribute(
                "chosen",
                options.stream()
                        .filter(o -> o.serviceCode().equals(form.getServiceCode()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                BindingResult.MODEL_KEY_PREFIX + "form",
                shown == null ? new BeanPropertyBindingResult(form, "form") : shown);
        return "seller/online";
    }

    /** The parcel as typed, once its weight and size are all valid; else the estimate from the SKUs. */
    private static LogisticsServices.Parcel parcel(OnlineForm f, BindingResult result) {
        if (f.getWeightGrams() == null
                || f.getLengthCm() == null
                || f.getWidthCm() == null
                || f.getHeightCm() == null
                || result.hasFieldErrors("weightGrams")
                || result.hasFieldErrors("lengthCm")
                || result.hasFieldErrors("widthCm")
                || result.hasFieldErrors("heightCm")) {
            return null;
        }
        return new LogisticsServices.Parcel(f.getWeightGrams(), f.getLengthCm(), f.getWidthCm(), f.getHeightCm());
    }

    /** Pickup is asked at the sender's postal code once it is valid. */
    private static String pickupPostalCode(OnlineForm f, BindingResult result) {
        return f.getSenderZip() == null || result.hasFieldErrors("senderZip") ? null : f.getSenderZip();
    }

    /**
     * What this parcel from China carries: everything left, or only the lines shipped from China when others wait for
     * an overseas warehouse (seed 001), which ships its own.
     */
    private static Map<Long, Integer> fromChina(OrderQueries.Detail order) {
        var left = order.lines().stream()
                .filter(l -> l.quantity() > l.shippedQuantity())
                .toList();
        if (left.stream().allMatch(l -> "CN".equals(l.shipFromCountry()))) {
            return null;
        }
        var items = new LinkedHashMap<Long, Integer>();
        left.stream()
                .filter(l -> "CN".equals(l.shipFromCountry()))
                .forEach(l -> items.put(l.orderLineId(), l.quantity() - l.shippedQuantity()));
        return items;
    }

    /** The consignee as corrected here (R-H5); the domain keeps it in the order's country. */
    private static OnlineShipping.Form toForm(OrderQueries.Detail order, OnlineForm f) {
        var orderId = order.orderId();
        var receiver = new PostalAddress(
                f.getReceiverName(),
                f.getReceiverMobile(),
                null,
                f.getReceiverProvince(),
                f.getReceiverCity(),
                f.getReceiverAddress(),
                f.getReceiverZip());
        var sender = new PostalAddress(
                f.getSenderName(),
                f.getSenderMobile(),
                "CN",
                null,
                f.getSenderCity(),
                f.getSenderAddress(),
                f.getSenderZip());
        return new OnlineShipping.Form(
                orderId,
                f.getServiceCode(),
                null,
                receiver,
                sender,
                f.getPickupType() == Handover.DOOR_PICKUP ? sender : null,
                List.of(new DeclaredItem(
                        f.getItemNameEn(),
                        f.getItemNameCn(),
                        f.getHsCode() == null ? "" : f.getHsCode(),
                        1,
                        f.getUnitValue(),
                        f.getWeightGrams())),
                new LogisticsServices.Parcel(f.getWeightGrams(), f.getLengthCm(), f.getWidthCm(), f.getHeightCm()),
                f.getPickupType(),
                f.getPickupType() == Handover.DOOR_PICKUP && f.isAskPickupOutsideRange(),
                f.getUndeliverableDecision(),
                f.isConfirmServiceMismatch(),
                fromChina(order));
    }
}
