package io.sellercenter.warehouses;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.Api;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Settling;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OverseasBrowserTest extends BrowserTestBase {

    private static FilePayload pdf(String name) {
        return new FilePayload(name, "application/pdf", Settling.PDF.getBytes());
    }

    @Test
    @DisplayName(
            "R-W4…R-W7 a sub-account sees the precheck failures, fixes them and submits; the main account then sets ship-from")
    void subAccountAppliesReviewerApprovesMainSetsShipFrom() {
        var o = new Overseas(api);
        var subEmail = Api.uniqueEmail("wh");
        api.post(
                "/api/v1/sub-accounts",
                o.token,
                Map.of(
                        "email",
                        subEmail,
                        "password",
                        "member-pass-1",
                        "displayName",
                        "Warehouse clerk",
                        "permissions",
                        List.of("WAREHOUSES")));
        var us = o.warehouse("THIRD_PARTY", "US");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);

        var sub = logIn(subEmail, "member-pass-1");
        sub.navigate(api.base() + "/seller/overseas");
        sub.click("[data-action=new-application]");
        sub.selectOption("#warehouseId", String.valueOf(us));
        sub.check("input[name=countries][value=US]");
        sub.fill("#providerName", "Winit");
        sub.click("[data-action=save]");

        assertThat(sub.locator("li[data-check=MATERIALS_COMPLETE]")).hasAttribute("data-passed", "false");
        assertThat(sub.locator("li[data-check=MATERIALS_COMPLETE]")).containsText("Customer code");
        assertThat(sub.locator("li[data-check=OVERSEAS_INVENTORY]")).containsText("holds no stock");
        sub.click("[data-action=submit]");
        assertThat(sub.locator("[data-error-for=form]")).containsText("Overseas inventory");

        o.inbound(us, sku, 6);
        sub.fill("#customerCode", "WC-88231");
        sub.setInputFiles("#contractPhoto", pdf("contract.pdf"));
        sub.setInputFiles("#inventoryScreenshot", pdf("inventory.pdf"));
        sub.setInputFiles("#ordersScreenshot", pdf("orders.pdf"));
        sub.click("[data-action=save]");
        assertThat(sub.locator("li[data-passed=true]")).hasCount(4);
        sub.click("[data-action=submit]");
        assertThat(sub.locator("#application-status")).hasText("In review");

        var reviewer = logIn("reviewer@demo.local", DEMO_PASSWORD);
        reviewer.navigate(api.base() + "/staff/reviews?status=IN_REVIEW&kind=OVERSEAS_WAREHOUSE");
        reviewer.locator(
                        "#queue tr",
                        new Page.LocatorOptions()
                                .setHasText(o.settling.seller.email().isEmpty() ? "" : "Test Trading Co."))
                .last()
                .locator("a")
                .click();
        assertThat(reviewer.locator("#materials")).containsText("Winit");
        assertThat(reviewer.locator("[data-material=warehouseKind]")).hasText("Third-party warehouse");
        reviewer.check("input[name=decision][value=APPROVE]");
        reviewer.click("[data-action=decide]");
        assertThat(reviewer.locator("#review-status")).hasText("Approved");

        var main = logIn(o.settling.seller.email(), "secret-pass-1");
        main.navigate(api.base() + "/seller/overseas");
        assertThat(main.locator("#permitted")).containsText("US");
        main.navigate(api.base() + "/seller/products");
        var row = main.locator("#products tr", new Page.LocatorOptions().setHasText(sku));
        row.locator("select[name=warehouseId]").selectOption(String.valueOf(us));
        row.locator("[data-action=ship-from]").click();
        assertThat(main.locator("#products tr", new Page.LocatorOptions().setHasText(sku))
                        .locator("[data-ship-from]"))
                .hasText(sku + " → US");
    }
}
