package io.sellercenter.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.sellercenter.BrowserTestBase;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CategoriesBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-S4 R-W3 the admin adds a sub-category with its required documents, errors beside the fields, then opens it for overseas ship-from")
    void adminMaintainsTheCategoryTree() {
        var name = "Garden Tools " + UUID.randomUUID().toString().substring(0, 6);
        var page = logIn("admin@demo.local", DEMO_PASSWORD);

        assertThat(page.locator("#console a")).hasCount(3);
        page.click("a[data-nav=categories]");
        page.selectOption("#parentId", new SelectOption().setIndex(1));
        page.fill("#nameEn", name);
        page.fill("#depositAmount", "10");
        page.fill("#depositCurrency", "XYZ");
        page.uncheck("#overseasShipFromOpen1");
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=nameZh]")).isVisible();
        assertThat(page.locator("#nameEn")).hasValue(name);

        page.fill("#nameZh", "园艺工具");
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=depositAmount]")).containsText("currency");

        page.fill("#depositCurrency", "CNY");
        page.fill("#requiredQualifications", "Garden licence");
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=requiredQualifications]")).containsText("Line 1");
        page.fill("#requiredQualifications", "Garden licence | 园艺许可证");
        page.click("[data-action=save]");
        assertThat(page.locator("#saved")).isVisible();
        var row = page.locator("#categories tr", new Page.LocatorOptions().setHasText(name));
        assertThat(row).containsText("closed");

        row.locator("[data-action=edit]").click();
        assertThat(page.locator("#nameZh")).hasValue("园艺工具");
        assertThat(page.locator("#requiredQualifications")).hasValue("Garden licence | 园艺许可证");
        page.check("#overseasShipFromOpen1");
        page.click("[data-action=save]");
        assertThat(page.locator("#categories tr", new Page.LocatorOptions().setHasText(name)))
                .containsText("open");

        var seller = api.registerSeller();
        var tree = api.get("/api/v1/categories", seller.token()).json();
        Assertions.assertThat(tree.valueStream()
                        .flatMap(major -> major.get("children").valueStream())
                        .filter(c -> c.get("nameEn").asString().equals(name))
                        .map(c -> c.get("overseasShipFromOpen").asBoolean()))
                .containsExactly(true);
    }

    @Test
    @DisplayName("Only the platform admin sees and changes the category tree")
    void reviewersAndSellersAreRefused() {
        var reviewer = logIn("reviewer@demo.local", DEMO_PASSWORD);
        assertThat(reviewer.locator("a[data-nav=categories]")).hasCount(0);
        assertThat(reviewer.locator("#console a")).hasCount(1);
        Assertions.assertThat(
                        reviewer.navigate(api.base() + "/staff/categories").status())
                .isEqualTo(403);

        var name = "Reviewer's " + UUID.randomUUID();
        reviewer.navigate(api.base() + "/staff");
        var posted = postForm(
                reviewer,
                "/staff/categories",
                Map.of("nameEn", name, "nameZh", "审核员类目", "depositAmount", "0", "depositCurrency", "CNY"));
        Assertions.assertThat(posted.status()).isEqualTo(403);
        Assertions.assertThat(posted.text())
                .as("refused for the role, not for a bad CSRF token")
                .contains("Platform admin");

        var seller = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(seller.navigate(api.base() + "/staff/categories").status())
                .isEqualTo(403);
        seller.navigate(api.base() + "/seller");
        var firstCategory = api.get("/api/v1/categories", api.buyerToken())
                .json()
                .get(0)
                .get("categoryId")
                .asLong();
        Assertions.assertThat(postForm(
                                seller,
                                "/staff/categories/" + firstCategory,
                                Map.of(
                                        "nameEn",
                                        name,
                                        "nameZh",
                                        "卖家类目",
                                        "depositAmount",
                                        "0",
                                        "depositCurrency",
                                        "CNY"))
                        .status())
                .isEqualTo(403);
        Assertions.assertThat(api.get("/api/v1/categories", api.buyerToken()).text())
                .doesNotContain(name);
    }
}
