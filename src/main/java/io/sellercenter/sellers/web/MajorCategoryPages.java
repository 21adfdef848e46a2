package io.sellercenter.sellers.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.billing.ProviderCode;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.documents.DocumentUploads;
import io.sellercenter.sellers.internal.CategoryQualifications;
import io.sellercenter.sellers.internal.MajorCategories;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.web.FormErrors;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The major category (R-S4), the qualification documents it requires, and its deposit (R-S5). */
@Controller
@RequestMapping("/seller")
class MajorCategoryPages {

    private final MajorCategories majorCategories;
    private final CategoryQualifications qualifications;
    private final Categories categories;
    private final DocumentUploads uploads;

    MajorCategoryPages(
            MajorCategories majorCategories,
            CategoryQualifications qualifications,
            Categories categories,
            DocumentUploads uploads) {
        this.majorCategories = majorCategories;
        this.qualifications = qualifications;
        this.categories = categories;
        this.uploads = uploads;
    }

    @GetMapping("/category")
    String category(CurrentAccount me, Model model) {
        model.addAttribute(
                "majors", categories.all().stream().filter(Category::isTopLevel).toList());
        var choice = majorCategories.find(me.requireSeller().value()).orElse(null);
        model.addAttribute("choice", choice);
        model.addAttribute("precheck", choice == null ? null : qualifications.precheck(me.requireSeller(), choice));
        model.addAttribute("providers", ProviderCode.values());
        return "seller/category";
    }

    @PostMapping("/category")
    String chooseCategory(CurrentAccount me, @RequestParam long categoryId, Model model) {
        try {
            majorCategories.choose(me, categoryId);
            return "redirect:/seller/category?saved";
        } catch (DomainException e) {
            model.addAttribute("problem", e);
            return category(me, model);
        }
    }

    /** One required document uploaded; a refused file is named beside its own row. */
    @PostMapping("/category/qualifications")
    String provideQualification(
            CurrentAccount me,
            @RequestParam String code,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        try {
            var documentId = uploads.upload(me, file, "qualification");
            if (documentId == null) {
                throw new InvalidInputException("file", "FILE_REQUIRED");
            }
            qualifications.provide(me, code, documentId);
            return "redirect:/seller/category?qualificationSaved#qualifications";
        } catch (DomainException e) {
            model.addAttribute("qualificationCode", code);
            model.addAttribute("qualificationError", FormErrors.message(e));
            return category(me, model);
        }
    }

    @PostMapping("/category/qualifications/submit")
    String submitQualifications(CurrentAccount me, Model model) {
        try {
            qualifications.submit(me);
            return "redirect:/seller/category?qualificationsSubmitted#qualifications";
        } catch (DomainException e) {
            model.addAttribute("problem", e);
            return category(me, model);
        }
    }

    @PostMapping("/deposit")
    String payDeposit(CurrentAccount me, @RequestParam ProviderCode provider, Model model) {
        try {
            return "redirect:" + majorCategories.payDeposit(me, provider).payUrl();
        } catch (DomainException e) {
            model.addAttribute("problem", e);
            return category(me, model);
        }
    }
}
