package io.sellercenter.shipping.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.shared.GoodsType;
import io.sellercenter.shared.NotFoundException;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.shipping.Channel;
import io.sellercenter.shipping.LogisticsServices;
import io.sellercenter.shipping.internal.ChannelManagement;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The platform admin's logistics network: the channels with their rate tables (R-H3, R-H4) and the transit
 * warehouses with their collection ranges (R-H6), added and changed here. Sellers' offers follow at once.
 */
@Controller
@RequestMapping("/staff/logistics")
class LogisticsNetworkPages {

    private final LogisticsServices services;
    private final ChannelManagement management;

    LogisticsNetworkPages(LogisticsServices services, ChannelManagement management) {
        this.services = services;
        this.management = management;
    }

    @GetMapping
    String initCreationForm(CurrentAccount me, Model model) {
        me.requireStaff(StaffRole.ADMIN);
        model.addAttribute("form", new TransitWarehousePageForm());
        return page(null, model);
    }

    @GetMapping("/transit-warehouses/{code}")
    String initUpdateForm(CurrentAccount me, @PathVariable String code, Model model) {
        me.requireStaff(StaffRole.ADMIN);
        var warehouse = services.transitWarehouse(code).orElseThrow(() -> new NotFoundException("transit warehouse"));
        model.addAttribute("form", TransitWarehousePageForm.of(warehouse));
        return page(code, model);
    }

    @PostMapping("/transit-warehouses")
    String processForm(
            CurrentAccount me,
            @Valid @ModelAttribute("form") TransitWarehousePageForm form,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean editing,
            Model model) {
        me.requireStaff(StaffRole.ADMIN);
        if (!editing && services.transitWarehouse(form.getCode()).isPresent()) {
            result.rejectValue("code", "field.CODE_TAKEN");
        }
        return FormErrors.saved(result, () -> management.saveTransitWarehouse(me, form.warehouse()))
                ? "redirect:/staff/logistics?saved=" + form.getCode()
                : page(editing ? form.getCode() : null, model);
    }

    @GetMapping("/channels/new")
    String initChannelCreationForm(CurrentAccount me, Model model) {
        me.requireStaff(StaffRole.ADMIN);
        model.addAttribute("channel", new ChannelPageForm());
        return channelPage(null, model);
    }

    @GetMapping("/channels/{serviceCode}")
    String initChannelUpdateForm(CurrentAccount me, @PathVariable String serviceCode, Model model) {
        me.requireStaff(StaffRole.ADMIN);
        var channel = services.channel(serviceCode).orElseThrow(() -> new NotFoundException("logistics channel"));
        model.addAttribute("channel", ChannelPageForm.of(channel));
        return channelPage(serviceCode, model);
    }

    /** Creates or changes a channel and its whole rate table; sellers' offers follow at once. */
    @PostMapping("/channels")
    String processChannelForm(
            CurrentAccount me,
            @Valid @ModelAttribute("channel") ChannelPageForm form,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean editing,
            Model model) {
        me.requireStaff(StaffRole.ADMIN);
        if (!editing && services.channel(form.getServiceCode()).isPresent()) {
            result.rejectValue("serviceCode", "field.CODE_TAKEN");
        }
        // the rate rows are checked even when other fields are at fault, so that every error shows at once
        var channel = form.channel(result);
        return channel != null && FormErrors.saved(result, () -> management.save(me, channel))
                ? "redirect:/staff/logistics?savedChannel=" + channel.serviceCode()
                : channelPage(editing ? form.getServiceCode() : null, model);
    }

    private String page(String editing, Model model) {
        model.addAttribute("channels", services.channels());
        model.addAttribute("transitWarehouses", services.transitWarehouses());
        model.addAttribute("editing", editing);
        return "staff/logistics";
    }

    private String channelPage(String editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", Channel.Kind.values());
        model.addAttribute("goodsTypes", GoodsType.values());
        return "staff/channel";
    }
}
