package io.sellercenter.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sellercenter.ModuleTest;
import io.sellercenter.accounts.AccountLookup;
import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.catalog.internal.CategoryManagement;
import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.Money;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The category tree on its own: major categories and their sub-categories, configured by the platform admin. */
@ModuleTest(extraIncludes = "accounts")
class CatalogModuleTest {

    private final CategoryManagement management;
    private final Categories categories;
    private final CurrentAccount admin;
    private final CurrentAccount seller;

    CatalogModuleTest(CategoryManagement management, Categories categories, AccountLookup accounts) {
        this.management = management;
        this.categories = categories;
        this.admin = accounts.byEmail("admin@demo.local").orElseThrow();
        this.seller = accounts.byEmail("seller@demo.local").orElseThrow();
    }

    private static CategoryManagement.CategoryDraft draft(Long parent, String name) {
        return new CategoryManagement.CategoryDraft(
                parent, name, name + " 中文", Money.of("10000.00", "CNY"), "Licence", "许可证", true, List.of());
    }

    @Test
    @DisplayName("R-S4 two levels: a major category with its deposit, and sub-categories within it")
    void twoLevels() {
        var major = management.create(admin, draft(null, "Module Test Major"));
        var sub = management.create(admin, draft(major.categoryId(), "Module Test Sub"));

        assertThat(major.isTopLevel()).isTrue();
        assertThat(categories.isWithin(sub.categoryId(), major.categoryId())).isTrue();
        assertThat(categories.within(major.categoryId()))
                .extracting(Category::categoryId)
                .contains(sub.categoryId());
        assertThatThrownBy(() -> management.create(admin, draft(sub.categoryId(), "Too deep")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().code()).isEqualTo("CATEGORY_TOO_DEEP"));
        assertThatThrownBy(() -> management.change(admin, major.categoryId(), draft(sub.categoryId(), "Cycle")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("R-S8 only the platform admin configures categories")
    void adminOnly() {
        assertThatThrownBy(() -> management.create(seller, draft(null, "Seller's own")))
                .isInstanceOf(ForbiddenException.class);
    }
}
