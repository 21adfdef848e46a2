package io.sellercenter.warehouses.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.SellerId;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.documents.DocumentUploads;
import io.sellercenter.review.Precheck;
import io.sellercenter.sellers.SellerProfiles;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import io.sellercenter.warehouses.ShipFromCountries;
import io.sellercenter.warehouses.Warehouses;
import io.sellercenter.warehouses.internal.Materials;
import io.sellercenter.warehouses.internal.OverseasApplication;
import io.sellercenter.warehouses.internal.OverseasPermission;
import io.sellercenter.warehouses.internal.WarehouseManagement;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Overseas-warehouse applications (R-W4…R-W7): one per warehouse and revision, the materials attached as they are
 * uploaded (kept after any error), each precheck shown beside the material it concerns before submitting.
 */
@Controller
@RequestMapping("/seller/overseas")
class OverseasApplicationPages {

    private static final String PURPOSE = "overseas-warehouse";

    /** The precheck's material names (API fields) and the page's inputs they concern. */
    private static final Map<String, List<String>> INPUTS = Map.of(
            "providerName", List.of("providerName"),
            "customerCode", List.of("customerCode"),
            "contractPhotoDocumentId", List.of("contractPhoto"),
            "systemScreenshotDocumentIds", List.of("inventoryScreenshot", "ordersScreenshot"),
            "warehouseAddress", List.of("warehouseAddress"),
            "firstLegProofDocumentIds", List.of("firstLegProof"),
            "customsTaxCertificateDocumentId", List.of("customsTaxCertificate"),
            "storeIdPhotoDocumentId", List.of("storeIdPhoto"));

    private final OverseasPermission permission;
    private final WarehouseManagement management;
    private final Warehouses warehouses;
    private final DocumentUploads uploads;
    private final DocumentCatalog documents;
    private final SellerProfiles sellers;
    private final MessageSource messages;

    OverseasApplicationPages(
            OverseasPermission permission,
            WarehouseManagement management,
            Warehouses warehouses,
            DocumentUploads uploads,
            DocumentCatalog documents,
            SellerProfiles sellers,
            MessageSource messages) {
        this.permission = permission;
        this.management = management;
        this.warehouses = warehouses;
        this.uploads = uploads;
        this.documents = documents;
        this.sellers = sellers;
        this.messages = messages;
    }

    @GetMapping
    String applications(CurrentAccount me, Model model) {
        model.addAttribute("applications", permission.list(me));
        model.addAttribute("permitted", warehouses.permittedCountries(me.requireSeller()));
        return "seller/overseas";
    }

    @GetMapping("/new")
    String initApplicationForm(CurrentAccount me, @ModelAttribute("form") ApplicationForm form, Model model) {
        return applicationPage(me, null, form, model);
    }

    /** A new application, or the warehouse's open one revised (the domain keeps one per warehouse). */
    @PostMapping
    String processApplicationForm(
            CurrentAccount me, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, Model model)
            throws IOException {
        attach(me, form, result);
        if (!result.hasErrors()) {
            try {
                var view = permission.draft(me, form.getWarehouseId(), form.getCountries(), materials(form));
                return "redirect:/seller/overseas/" + view.application().id() + "?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        return applicationPage(me, null, form, model);
    }

    @GetMapping("/{id}")
    String showApplication(CurrentAccount me, @PathVariable long id, Model model) {
        var view = permission.get(me, id);
        var form = new ApplicationForm();
        var m = view.materials();
        form.setWarehouseId(view.application().warehouseId());
        form.setCountries(new ArrayList<>(view.application().countries()));
        form.setProviderName(m.providerName());
        form.setCustomerCode(m.customerCode());
        form.setWarehouseAddress(m.warehouseAddress());
        form.setContractPhotoDocumentId(m.contractPhotoDocumentId());
        var shots = m.systemScreenshotDocumentIds();
        form.setInventoryScreenshotDocumentId(shots.isEmpty() ? null : shots.get(0));
        form.setOrdersScreenshotDocumentId(shots.size() < 2 ? null : shots.get(1));
        form.setMoreScreenshotDocumentIds(new ArrayList<>(shots.subList(Math.min(2, shots.size()), shots.size())));
        form.setFirstLegProofDocumentIds(new ArrayList<>(m.firstLegProofDocumentIds()));
        form.setCustomsTaxCertificateDocumentId(m.customsTaxCertificateDocumentId());
        form.setStoreIdPhotoDocumentId(m.storeIdPhotoDocumentId());
        model.addAttribute("form", form);
        return applicationPage(me, view, form, model);
    }

    @PostMapping("/{id}")
    String processApplicationUpdate(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model)
            throws IOException {
        var current = permission.get(me, id);
        attach(me, form, result);
        if (!result.hasErrors()) {
            try {
                if (current.application().status() != OverseasApplication.Status.IN_REVIEW) {
                    permission.change(me, id, form.getWarehouseId(), form.getCountries(), materials(form));
                }
                if (action.equals("submit")) {
                    permission.submit(me, id);
                }
                return "redirect:/seller/overseas/" + id + (action.equals("submit") ? "?submitted" : "?saved");
            } catch (DomainException e) {
                FormErrors.reject(result, e, null);
            }
        }
        return applicationPage(me, permission.get(me, id), form, model);
    }

    @PostMapping("/{id}/delete")
    String discard(CurrentAccount me, @PathVariable long id) {
        permission.discard(me, id);
        return "redirect:/seller/overseas?deleted";
    }

    private String applicationPage(CurrentAccount me, OverseasPermission.View view, ApplicationForm form, Model model) {
        model.addAttribute("draft", view);
        // a warehouse with an application under way is revised there, not offered for a second one
        var underWay = new HashMap<Long, Long>();
        permission.list(me).stream()
                .filter(a -> a.application().status() != OverseasApplication.Status.APPROVED)
                .filter(a -> view == null
                        || !a.application().id().equals(view.application().id()))
                .forEach(a -> underWay.put(
                        a.application().warehouseId(), a.application().id()));
        var overseas = management.list(me).stream().filter(w -> !w.domestic()).toList();
        model.addAttribute(
                "warehouses",
                overseas.stream()
                        .filter(w -> !underWay.containsKey(w.warehouseId()))
                        .toList());
        model.addAttribute(
                "underWay",
                overseas.stream()
                        .filter(w -> underWay.containsKey(w.warehouseId()))
                        .toList());
        model.addAttribute("underWayIds", underWay);
        model.addAttribute("supported", ShipFromCountries.SUPPORTED);
        model.addAttribute("storeIds", sellers.storeIds(me.sellerId()));
        var seller = me.sellerId().value();
        var attached = new HashMap<String, Object>();
        attached.put("contractPhoto", document(seller, form.getContractPhotoDocumentId()));
        attached.put("inventoryScreenshot", document(seller, form.getInventoryScreenshotDocumentId()));
        attached.put("ordersScreenshot", document(seller, form.getOrdersScreenshotDocumentId()));
        attached.put("customsTaxCertificate", document(seller, form.getCustomsTaxCertificateDocumentId()));
        attached.put("storeIdPhoto", document(seller, form.getStoreIdPhotoDocumentId()));
        model.addAttribute("attached", attached);
        model.addAttribute("moreScreenshots", documents(seller, form.getMoreScreenshotDocumentIds()));
        model.addAttribute("firstLegProofs", documents(seller, form.getFirstLegProofDocumentIds()));
        model.addAttribute("checks", view == null ? Map.of() : besideInputs(view.precheck()));
        return "seller/overseas-application";
    }

    /** Each failed precheck in words, keyed by the input it concerns; what concerns no one input goes to the panel. */
    private Map<String, String> besideInputs(List<Precheck> prechecks) {
        var locale = LocaleContextHolder.getLocale();
        var beside = new HashMap<String, String>();
        for (var p : prechecks) {
            if (p.passed()) {
                continue;
            }
            switch (p.check()) {
                case "MATERIALS_COMPLETE" ->
                    p.args().forEach(arg -> {
                        var field = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                        var text = arg.contains("=")
                                ? messages.getMessage(
                                        "overseas.mustRead", new Object[] {arg.substring(arg.indexOf('=') + 1)}, locale)
                                : messages.getMessage("overseas.missing", null, locale);
                        INPUTS.getOrDefault(field, List.of()).forEach(input -> beside.put(input, text));
                    });
                case "LOCATION_SUPPORTED" ->
                    beside.put("countries", messages.getMessage("overseas.location", null, locale));
                case "OVERSEAS_INVENTORY" ->
                    beside.put("warehouseId", messages.getMessage("precheck.NO_OVERSEAS_INVENTORY", null, locale));
                default -> {}
            }
        }
        return beside;
    }

    /** Files picked in this post become documents at once, so that no later error loses them. */
    private void attach(CurrentAccount me, ApplicationForm form, BindingResult result) throws IOException {
        form.setContractPhotoDocumentId(
                uploads.uploadOrKeep(me, form.getContractPhoto(), PURPOSE, form.getContractPhotoDocumentId(), result));
        form.setInventoryScreenshotDocumentId(uploads.uploadOrKeep(
                me, form.getInventoryScreenshot(), PURPOSE, form.getInventoryScreenshotDocumentId(), result));
        form.setOrdersScreenshotDocumentId(uploads.uploadOrKeep(
                me, form.getOrdersScreenshot(), PURPOSE, form.getOrdersScreenshotDocumentId(), result));
        var proof = uploads.uploadOrKeep(me, form.getFirstLegProof(), PURPOSE, null, result);
        if (proof != null) {
            var proofs = new ArrayList<>(form.getFirstLegProofDocumentIds());
            proofs.add(proof);
            form.setFirstLegProofDocumentIds(proofs);
        }
        form.setCustomsTaxCertificateDocumentId(uploads.uploadOrKeep(
                me, form.getCustomsTaxCertificate(), PURPOSE, form.getCustomsTaxCertificateDocumentId(), result));
        form.setStoreIdPhotoDocumentId(
                uploads.uploadOrKeep(me, form.getStoreIdPhoto(), PURPOSE, form.getStoreIdPhotoDocumentId(), result));
    }

    private static Materials materials(ApplicationForm form) {
        var screenshots = Stream.concat(
                        Stream.of(form.getInventoryScreenshotDocumentId(), form.getOrdersScreenshotDocumentId()),
                        form.getMoreScreenshotDocumentIds().stream())
                .filter(Objects::nonNull)
                .toList();
        return new Materials(
                form.getProviderName(),
                form.getCustomerCode(),
                form.getContractPhotoDocumentId(),
                screenshots,
                form.getWarehouseAddress(),
                form.getFirstLegProofDocumentIds(),
                form.getCustomsTaxCertificateDocumentId(),
                form.getStoreIdPhotoDocumentId());
    }

    private DocumentCatalog.DocumentInfo document(long seller, Long id) {
        return id == null ? null : documents.owned(new SellerId(seller), id).orElse(null);
    }

    private List<DocumentCatalog.DocumentInfo> documents(long seller, List<Long> ids) {
        return ids.stream()
                .map(id -> document(seller, id))
                .filter(Objects::nonNull)
                .toList();
    }
}
