package io.sellercenter.catalog.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.catalog.Categories;
import io.sellercenter.catalog.Category;
import io.sellercenter.catalog.Qualification;
import io.sellercenter.catalog.internal.CategoryManagement;
import io.sellercenter.catalog.internal.CategoryManagement.CategoryDraft;
import io.sellercenter.shared.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Onboarding")
class CategoryApi {

    private final Categories categories;
    private final CategoryManagement management;

    CategoryApi(Categories categories, CategoryManagement management) {
        this.categories = categories;
        this.management = management;
    }

    record CategoryNode(
            long categoryId,
            Long parentId,
            String name,
            String nameEn,
            String nameZh,
            Money depositAmount,
            String qualificationNotes,
            boolean overseasShipFromOpen,
            List<RequiredQualification> requiredQualifications,
            List<CategoryNode> children) {

        static CategoryNode of(Category c, List<CategoryNode> children) {
            var locale = LocaleContextHolder.getLocale();
            return new CategoryNode(
                    c.categoryId(),
                    c.parentId(),
                    c.name(locale),
                    c.nameEn(),
                    c.nameZh(),
                    c.deposit(),
                    c.qualification(locale),
                    c.overseasShipFromOpen(),
                    c.requiredQualifications().stream()
                            .map(q -> new RequiredQualification(q.code(), q.name(locale), q.nameEn(), q.nameZh()))
                            .toList(),
                    children);
        }
    }

    record RequiredQualification(String code, String name, String nameEn, String nameZh) {}

    record QualificationForm(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String code,
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String nameZh) {}

    record CategoryForm(
            @Positive Long parentId,
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String nameZh,
            @NotNull Money depositAmount,
            @Size(max = 2000) String qualificationNotesEn,
            @Size(max = 2000) String qualificationNotesZh,
            @NotNull Boolean overseasShipFromOpen,
            @Size(max = 20) List<@Valid @NotNull QualificationForm> requiredQualifications) {

        CategoryDraft draft() {
            return new CategoryDraft(
                    parentId,
                    nameEn,
                    nameZh,
                    depositAmount,
                    qualificationNotesEn,
                    qualificationNotesZh,
                    overseasShipFromOpen,
                    requiredQualifications == null
                            ? List.of()
                            : requiredQualifications.stream()
                                    .map(q -> new Qualification(
                                            q.code(),
                                            q.nameEn().trim(),
                                            q.nameZh().trim()))
                                    .toList());
        }
    }

    @GetMapping
    @Operation(summary = "The category tree: major categories with their sub-categories")
    List<CategoryNode> tree(CurrentAccount me) {
        var all = categories.all();
        var children = new LinkedHashMap<Long, List<CategoryNode>>();
        for (var c : all) {
            if (!c.isTopLevel()) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(CategoryNode.of(c, List.of()));
            }
        }
        return all.stream()
                .filter(Category::isTopLevel)
                .map(c -> CategoryNode.of(c, children.getOrDefault(c.categoryId(), List.of())))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a category (platform admin)")
    CategoryNode create(CurrentAccount me, @Valid @RequestBody CategoryForm form) {
        return CategoryNode.of(management.create(me, form.draft()), List.of());
    }

    @PutMapping("/{id}")
    @Operation(
            summary =
                    "Change a category: names, parent, deposit, qualification notes and required qualification documents (R-S4), overseas ship-from flag (platform admin)")
    CategoryNode change(CurrentAccount me, @PathVariable long id, @Valid @RequestBody CategoryForm form) {
        return CategoryNode.of(management.change(me, id, form.draft()), List.of());
    }
}
