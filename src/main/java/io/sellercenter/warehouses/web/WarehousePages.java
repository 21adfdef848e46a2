package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.documents.DocumentUploads;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.warehouses.ShipFromCountries;
import io.sellercenter.warehouses.Warehouses;
import io.sellercenter.warehouses.internal.Inventory;
import io.sellercenter.warehouses.internal.Materials;
import io.sellercenter.warehouses.internal.OverseasApplication;
import io.sellercenter.warehouses.internal.OverseasPermission;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Warehouses with their stock, and overseas-warehouse applications with their prechecks. */
@Controller
@RequestMapping("/seller")
class WarehousePages {

    private final WarehouseManagement management;
    private final Inventory inventory;
    private final OverseasPermission permission;
    private final Warehouses warehouses;
    private final DocumentUploads uploads;

    WarehousePages(
            WarehouseManagement management,
            Inventory inventory,
            OverseasPermission permission,
            Warehouses warehouses,
            DocumentUploads uploads) {
        this.management = management;
        this.inventory = inventory;
        this.permission = permission;
        this.warehouses = warehouses;
        this.uploads = uploads;
    }

    @GetMapping("/warehouses")
    String initWarehouseForm(CurrentAccount me, Model model) {
        model.addAttribute("form", new WarehouseForm());
        return warehousesPage(me, model);
    }

    @PostMapping("/warehouses")
    String processWarehouseForm(
            CurrentAccount me, @Valid @ModelAttribute("form") WarehouseForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                management.create(
                        me,
                        new WarehouseManagement.NewWarehouse(
                                form.getName(),
                                form.getKind(),
                                form.getCountry(),
                                form.getAddress(),
                                form.getProviderName(),
                                form.getCustomerCode()));
                return "redirect:/seller/warehouses?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        return warehousesPage(me, model);
    }

    private String warehousesPage(CurrentAccount me, Model model) {
        model.addAttribute("warehouses", management.list(me));
        model.addAttribute("stock", inventory.list(me, null));
        return "seller/warehouses";
    }

    @GetMapping("/overseas")
    String applications(CurrentAccount me, Model model) {
        model.addAttribute("applications", permission.list(me));
        model.addAttribute(
                "permitted", warehouses.permittedCountries(me.requireSeller().value()));
        return "seller/overseas";
    }

    @GetMapping("/overseas/new")
    String initApplicationForm(CurrentAccount me, @ModelAttribute("form") ApplicationForm form, Model model) {
        return applicationPage(me, null, model);
    }

    @PostMapping("/overseas")
    String processApplicationForm(
            CurrentAccount me, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, Model model)
            throws IOException {
        if (!result.hasErrors()) {
            try {
                var view = permission.draft(me, form.getWarehouseId(), countries(form), materials(me, form, null));
                return "redirect:/seller/overseas/" + view.application().id() + "?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        return applicationPage(me, null, model);
    }

    @GetMapping("/overseas/{id}")
    String showApplication(CurrentAccount me, @PathVariable long id, Model model) {
        var view = permission.get(me, id);
        var form = new ApplicationForm();
        form.setWarehouseId(view.application().warehouseId());
        form.setCountries(new ArrayList<>(view.application().countries()));
        form.setProviderName(view.materials().providerName());
        form.setCustomerCode(view.materials().customerCode());
        form.setWarehouseAddress(view.materials().warehouseAddress());
        model.addAttribute("form", form);
        return applicationPage(me, view, model);
    }

    @PostMapping("/overseas/{id}")
    String processApplicationUpdate(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model)
            throws IOException {
        var current = permission.get(me, id);
        if (!result.hasErrors()) {
            try {
                if (current.application().status() != OverseasApplication.Status.IN_REVIEW) {
                    permission.change(
                            me, id, form.getWarehouseId(), countries(form), materials(me, form, current.materials()));
                }
                if (action.equals("submit")) {
                    permission.submit(me, id);
                }
                return "redirect:/seller/overseas/" + id + (action.equals("submit") ? "?submitted" : "?saved");
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        return applicationPage(me, permission.get(me, id), model);
    }

    private String applicationPage(CurrentAccount me, OverseasPermission.View view, Model model) {
        model.addAttribute("draft", view);
        model.addAttribute(
                "warehouses",
                management.list(me).stream().filter(w -> !w.domestic()).toList());
        model.addAttribute("supported", ShipFromCountries.SUPPORTED);
        return "seller/overseas-application";
    }

    private static List<String> countries(ApplicationForm form) {
        return form.getCountries().isEmpty() ? List.of() : form.getCountries();
    }

    /** New uploads replace the earlier documents; fields left empty keep them. */
    private Materials materials(CurrentAccount me, ApplicationForm form, Materials before) throws IOException {
        var screenshots = new ArrayList<Long>();
        var inventoryShot = uploads.upload(me, form.getInventoryScreenshot(), "overseas-warehouse");
        var ordersShot = uploads.upload(me, form.getOrdersScreenshot(), "overseas-warehouse");
        var earlier = before == null ? List.<Long>of() : before.systemScreenshotDocumentIds();
        addOrKeep(screenshots, inventoryShot, earlier, 0);
        addOrKeep(screenshots, ordersShot, earlier, 1);
        var proof = uploads.upload(me, form.getFirstLegProof(), "overseas-warehouse");
        return new Materials(
                form.getProviderName(),
                form.getCustomerCode(),
                keep(
                        uploads.upload(me, form.getContractPhoto(), "overseas-warehouse"),
                        before == null ? null : before.contractPhotoDocumentId()),
                screenshots,
                form.getWarehouseAddress(),
                proof != null ? List.of(proof) : before == null ? List.of() : before.firstLegProofDocumentIds(),
                keep(
                        uploads.upload(me, form.getCustomsTaxCertificate(), "overseas-warehouse"),
                        before == null ? null : before.customsTaxCertificateDocumentId()),
                keep(
                        uploads.upload(me, form.getStoreIdPhoto(), "overseas-warehouse"),
                        before == null ? null : before.storeIdPhotoDocumentId()));
    }

    private static void addOrKeep(List<Long> into, Long uploaded, List<Long> earlier, int index) {
        var value = uploaded != null ? uploaded : earlier.size() > index ? earlier.get(index) : null;
        if (value != null) {
            into.add(value);
        }
    }

    private static Long keep(Long uploaded, Long earlier) {
        return uploaded != null ? uploaded : earlier;
    }
}
