package io.sellercenter.catalog.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.StaffRole;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.catalog.Qualification;
import io.sellercenter.catalog.internal.CategoryManagement;
import io.sellercenter.catalog.internal.CategoryManagement.CategoryDraft;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The platform admin's category tree in the staff console: add a category, change one (R-S4, R-W3). */
@Controller
@RequestMapping("/staff/categories")
class CategoryPages {

    private final Categories categories;
    private final CategoryManagement management;

    CategoryPages(Categories categories, CategoryManagement management) {
        this.categories = categories;
        this.management = management;
    }

    @GetMapping
    String initCreationForm(CurrentAccount me, Model model) {
        me.requireStaff(StaffRole.ADMIN);
        model.addAttribute("form", new CategoryPageForm());
        return page(null, model);
    }

    @PostMapping
    String processCreationForm(
            CurrentAccount me,
            @Valid @ModelAttribute("form") CategoryPageForm form,
            BindingResult result,
            Model model) {
        me.requireStaff(StaffRole.ADMIN);
        return save(form, result, List.of(), draft -> management.create(me, draft))
                ? "redirect:/staff/categories?saved"
                : page(null, model);
    }

    @GetMapping("/{id}")
    String initUpdateForm(CurrentAccount me, @PathVariable long id, Model model) {
        me.requireStaff(StaffRole.ADMIN);
        model.addAttribute("form", CategoryPageForm.of(categories.get(id)));
        return page(id, model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") CategoryPageForm form,
            BindingResult result,
            Model model) {
        me.requireStaff(StaffRole.ADMIN);
        var current = categories.get(id);
        return save(form, result, current.requiredQualifications(), draft -> management.change(me, id, draft))
                ? "redirect:/staff/categories?saved"
                : page(id, model);
    }

    /** Whether it was saved; otherwise the errors are on {@code result}, beside their fields. */
    private static boolean save(
            CategoryPageForm form, BindingResult result, List<Qualification> current, Consumer<CategoryDraft> saving) {
        var draft = result.hasErrors() ? null : form.draft(result, current);
        return draft != null && FormErrors.saved(result, () -> saving.accept(draft));
    }

    /** The tree, each major category followed by its sub-categories, and the form (adding, or changing {@code id}). */
    private String page(Long editing, Model model) {
        var all = categories.all();
        var majors = all.stream().filter(Category::isTopLevel).toList();
        var rows = new ArrayList<Category>();
        for (var major : majors) {
            rows.add(major);
            all.stream()
                    .filter(c -> Objects.equals(c.parentId(), major.categoryId()))
                    .forEach(rows::add);
        }
        model.addAttribute("rows", rows);
        model.addAttribute("majors", majors);
        model.addAttribute("editing", editing);
        return "staff/categories";
    }
}
