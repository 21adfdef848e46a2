package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.FreightAccounts;
import io.sellercenter.orders.internal.OnlineShipping;
import io.sellercenter.orders.internal.OrderQueries;
import io.sellercenter.orders.internal.ServiceChoice;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.SellerAddresses;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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

    OnlineShippingPages(
            FreightAccounts accounts,
            ServiceChoice services,
            OnlineShipping shipping,
            OrderQueries queries,
            SellerAddresses addresses) {
        this.addresses = addresses;
        this.accounts = accounts;
        this.services = services;
        this.shipping = shipping;
        this.queries = queries;
    }

    @GetMapping("/seller/orders/{id}/online")
    String services(CurrentAccount me, @PathVariable long id, Model model) {
        var options = services.options(me, id, null, null);
        var form = new OnlineForm();
        var order = queries.forSellerDetail(me, id);
        form.setServiceCode(order.buyerSelectedService());
        form.setSenderName(me.displayName());
        // the default sender address of the address book prefills the sender
        addresses.defaultOf(me.sellerId().value(), SellerAddresses.Type.SENDER).ifPresent(a -> {
            form.setSenderName(a.name());
            form.setSenderMobile(a.mobile());
            form.setSenderAddress(a.streetAddress());
            form.setSenderCity(a.city());
            form.setSenderZip(a.postcode());
        });
        var consignee = order.shippingAddress();
        form.setReceiverName(consignee.get("contactPerson"));
        form.setReceiverMobile(consignee.get("mobileNo"));
        form.setReceiverAddress(consignee.get("address"));
        form.setReceiverCity(consignee.get("city"));
        form.setReceiverProvince(consignee.get("province"));
        form.setReceiverZip(consignee.get("zip"));
        form.setItemNameEn(order.lines().getFirst().title());
        form.setUnitValue(order.lines().getFirst().unitPrice().amount());
        options.stream()
                .filter(o -> o.chargeableWeightGrams() != null)
                .findFirst()
                .ifPresent(o -> form.setWeightGrams(o.chargeableWeightGrams()));
        model.addAttribute("form", form);
        return servicesPage(me, id, options, model);
    }

    /** First the review: everything the logistics order will carry, with the buyer's details (R-H10). */
    @PostMapping("/seller/orders/{id}/online")
    String review(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") OnlineForm form,
            BindingResult result,
            @RequestParam(defaultValue = "review") String step,
            Model model) {
        if (!result.hasErrors() && step.equals("confirm")) {
            try {
                shipping.create(me, toForm(id, form));
                return "redirect:/seller/orders/" + id + "?logistics";
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        if (!result.hasErrors()) {
            model.addAttribute("order", queries.forSellerDetail(me, id));
            return "seller/online-review";
        }
        return servicesPage(me, id, services.options(me, id, null, null), model);
    }

    private String servicesPage(CurrentAccount me, long id, List<LogisticsServices.Option> options, Model model) {
        model.addAttribute("order", queries.forSellerDetail(me, id));
        model.addAttribute("options", options);
        model.addAttribute("accountBound", accounts.get(me).bound());
        return "seller/online";
    }

    /** The consignee as corrected here (R-H5); the domain keeps it in the order's country. */
    private static OnlineShipping.Form toForm(long orderId, OnlineForm f) {
        var receiver = new HashMap<String, String>();
        receiver.put("contactPerson", f.getReceiverName());
        receiver.put("mobileNo", f.getReceiverMobile());
        receiver.put("province", f.getReceiverProvince());
        receiver.put("city", f.getReceiverCity());
        receiver.put("address", f.getReceiverAddress());
        receiver.put("zip", f.getReceiverZip());
        var sender = Map.of(
                "contactPerson", f.getSenderName(),
                "mobileNo", f.getSenderMobile(),
                "country", "CN",
                "city", f.getSenderCity(),
                "address", f.getSenderAddress(),
                "zip", f.getSenderZip());
        return new OnlineShipping.Form(
                orderId,
                f.getServiceCode(),
                null,
                receiver,
                sender,
                f.getPickupType().equals("DOOR_PICKUP") ? sender : null,
                List.of(Map.of(
                        "nameEn", f.getItemNameEn(),
                        "nameCn", f.getItemNameCn(),
                        "hsCode", f.getHsCode() == null ? "" : f.getHsCode(),
                        "quantity", 1,
                        "unitValue", f.getUnitValue().toPlainString(),
                        "weightGrams", f.getWeightGrams())),
                new LogisticsServices.Parcel(f.getWeightGrams(), f.getLengthCm(), f.getWidthCm(), f.getHeightCm()),
                f.getPickupType(),
                f.getUndeliverableDecision(),
                f.isConfirmServiceMismatch(),
                null);
    }
}
