package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.documents.DocumentCatalog;
import io.sellercenter.documents.DocumentUploads;
import io.sellercenter.sellers.internal.Brand;
import io.sellercenter.sellers.internal.BrandManagement;
import io.sellercenter.sellers.internal.MajorCategories;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Brands (R-S6): add one, see why a rejected one was rejected and correct it, and ask for more sub-categories under
 * an approved one as a new authorization.
 */
@Controller
@RequestMapping("/seller/brands")
class BrandPages {

    private final BrandManagement brands;
    private final MajorCategories majorCategories;
    private final Categories categories;
    private final DocumentUploads uploads;
    private final DocumentCatalog documents;

    BrandPages(
            BrandManagement brands,
            MajorCategories majorCategories,
            Categories categories,
            DocumentUploads uploads,
            DocumentCatalog documents) {
        this.brands = brands;
        this.majorCategories = majorCategories;
        this.categories = categories;
        this.uploads = uploads;
        this.documents = documents;
    }

    @GetMapping
    String initBrandForm(CurrentAccount me, Model model) {
        model.addAttribute("form", new BrandForm());
        return brandsPage(me, model);
    }

    @PostMapping
    String processBrandForm(
            CurrentAccount me, @Valid @ModelAttribute("form") BrandForm form, BindingResult result, Model model)
            throws IOException {
        keepUploads(me, form, result);
        if (!result.hasErrors()) {
            try {
                var brand = brands.apply(me, form.terms());
                return "redirect:/seller/brands/" + brand.id() + "?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, FormFields.rename(e), null);
            }
        }
        return brandsPage(me, model);
    }

    @GetMapping("/{id}")
    String brand(CurrentAccount me, @PathVariable long id, Model model) {
        var brand = brands.find(me, id);
        model.addAttribute("form", BrandForm.of(brand));
        model.addAttribute("request", new SubCategoryForm());
        return brandPage(me, brand, model);
    }

    @PostMapping("/{id}")
    String resubmit(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") BrandForm form,
            BindingResult result,
            Model model)
            throws IOException {
        var brand = brands.find(me, id);
        keepUploads(me, form, result);
        if (!result.hasErrors()) {
            try {
                brands.resubmit(me, id, form.terms());
                return "redirect:/seller/brands/" + id + "?saved";
            } catch (DomainException e) {
                FormErrors.reject(result, FormFields.rename(e), null);
            }
        }
        model.addAttribute("request", new SubCategoryForm());
        return brandPage(me, brand, model);
    }

    @PostMapping("/{id}/authorizations")
    String requestSubCategories(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("request") SubCategoryForm request,
            BindingResult result,
            Model model)
            throws IOException {
        var brand = brands.find(me, id);
        request.setAuthorizationLetterDocumentId(uploads.uploadOrKeep(
                me,
                request.getAuthorizationLetter(),
                "authorization-letter",
                request.getAuthorizationLetterDocumentId(),
                result));
        if (!result.hasErrors()) {
            try {
                brands.requestSubCategories(
                        me, id, request.getSubCategoryIds(), request.getAuthorizationLetterDocumentId());
                return "redirect:/seller/brands/" + id + "?requested";
            } catch (DomainException e) {
                FormErrors.reject(result, FormFields.rename(e), null);
            }
        }
        model.addAttribute("form", BrandForm.of(brand));
        return brandPage(me, brand, model);
    }

    private void keepUploads(CurrentAccount me, BrandForm form, BindingResult result) throws IOException {
        form.setCertificateDocumentId(uploads.uploadOrKeep(
                me, form.getCertificate(), "trademark-certificate", form.getCertificateDocumentId(), result));
        form.setAuthorizationLetterDocumentId(uploads.uploadOrKeep(
                me,
                form.getAuthorizationLetter(),
                "authorization-letter",
                form.getAuthorizationLetterDocumentId(),
                result));
    }

    private String brandsPage(CurrentAccount me, Model model) {
        formDocuments(me, model);
        model.addAttribute("brands", brands.list(me));
        subCategories(me, model);
        return "seller/brands";
    }

    private String brandPage(CurrentAccount me, Brand brand, Model model) {
        formDocuments(me, model);
        var request = (SubCategoryForm) model.getAttribute("request");
        model.addAttribute("requestLetterDoc", document(me, request.getAuthorizationLetterDocumentId()));
        model.addAttribute("brand", brand);
        model.addAttribute("authorizations", brands.authorizations(me, brand.id()));
        model.addAttribute("requestable", brands.requestable(me, brand.id()));
        subCategories(me, model);
        Map<Long, Category> byId =
                categories.all().stream().collect(Collectors.toMap(Category::categoryId, Function.identity()));
        model.addAttribute("categoryById", byId);
        return "seller/brand";
    }

    private void formDocuments(CurrentAccount me, Model model) {
        var form = (BrandForm) model.getAttribute("form");
        model.addAttribute("certificateDoc", document(me, form.getCertificateDocumentId()));
        model.addAttribute("letterDoc", document(me, form.getAuthorizationLetterDocumentId()));
    }

    /** The sub-categories of the major category, none before one is chosen. */
    private void subCategories(CurrentAccount me, Model model) {
        var choice = majorCategories.find(me.requireSeller().value()).orElse(null);
        model.addAttribute("choice", choice);
        List<Category> subCategories = choice == null
                ? List.of()
                : categories.all().stream()
                        .filter(c -> c.parentId() != null
                                && c.parentId() == choice.category().categoryId())
                        .toList();
        model.addAttribute("subCategories", subCategories);
    }

    private DocumentCatalog.DocumentInfo document(CurrentAccount me, Long id) {
        return id == null ? null : documents.owned(me.sellerId(), id).orElse(null);
    }
}
