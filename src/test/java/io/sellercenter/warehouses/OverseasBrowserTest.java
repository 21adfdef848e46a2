package io.sellercenter.warehouses;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.Api;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Settling;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
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
        assertThat(main.locator("#permitted")).containsText("United States");
        main.navigate(api.base() + "/seller/products");
        var row = main.locator("#products tr", new Page.LocatorOptions().setHasText(sku));
        row.locator("select[name=warehouseId]").selectOption(String.valueOf(us));
        row.locator("[data-action=ship-from]").click();
        assertThat(main.locator("#products tr", new Page.LocatorOptions().setHasText(sku))
                        .locator("[data-ship-from]"))
                .hasText(sku + " → US");
    }

    @Test
    @DisplayName(
            "R-W5 R-W6 R-W7 one application per warehouse: files stay attached after an error, each check beside its"
                    + " material, the store ID shown, a draft deleted")
    void filesKeptChecksBesideOneApplicationPerWarehouse() throws Exception {
        var o = new Overseas(api);
        var de = o.warehouse("SELF_BUILT", "DE");
        var page = logIn(o.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/overseas/new");
        page.selectOption("#warehouseId", String.valueOf(de));
        assertThat(page.locator("#self-built")).isVisible();
        assertThat(page.locator("#third-party")).isHidden();
        assertThat(page.locator("#store-id")).containsText(String.valueOf(o.storeId));
        assertThat(page.locator("#store-id")).containsText("A4");
        page.check("input[name=countries][value=DE]");
        page.setInputFiles("#customsTaxCertificate", png("tax.png"));
        page.setInputFiles("#storeIdPhoto", new FilePayload("note.txt", "text/plain", "hello".getBytes()));
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=storeIdPhoto]")).isVisible();
        assertThat(page.locator("#customsTaxCertificate-attached")).containsText("tax.png");
        assertThat(page.locator("#customsTaxCertificate-attached img")).isVisible();
        assertThat(page.locator("input[name=countries][value=DE]")).isChecked();

        page.click("[data-action=save]");
        assertThat(page.locator("#application-status")).hasText("Draft");
        var draftUrl = page.url().replaceAll("\\?.*", "");
        assertThat(page.locator("#customsTaxCertificate-attached")).containsText("tax.png");
        assertThat(page.locator("[data-precheck-for=warehouseAddress]")).containsText("Missing");
        assertThat(page.locator("[data-precheck-for=storeIdPhoto]")).containsText("Missing");
        assertThat(page.locator("[data-precheck-for=customsTaxCertificate]")).hasCount(0);
        assertThat(page.locator("[data-precheck-for=warehouseId]")).containsText("no stock");

        page.fill("#warehouseAddress", "Lagerstraße 5, 20457 Hamburg");
        page.click("[data-action=save]");
        assertThat(page.locator("#customsTaxCertificate-attached")).containsText("tax.png");
        assertThat(page.locator("[data-precheck-for=warehouseAddress]")).hasCount(0);

        page.navigate(api.base() + "/seller/overseas/new");
        assertThat(page.locator("#warehouseId option[value='" + de + "']")).hasCount(0);
        page.click("[data-under-way='" + de + "']");
        Assertions.assertThat(page.url()).isEqualTo(draftUrl);

        var again = o.apply(o.token, de, List.of("DE"), Map.of("warehouseAddress", "Lagerstraße 7"));
        Assertions.assertThat(String.valueOf(again.json().get("applicationId").asLong()))
                .as("the API revises the warehouse's draft too")
                .isEqualTo(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));
        var named = o.apply(o.token, de, List.of("Germany"), Map.of());
        Assertions.assertThat(named.status()).isEqualTo(400);
        Assertions.assertThat(named.text()).contains("\"field\":\"countries[0]\"");

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(stranger.navigate(draftUrl).status()).isEqualTo(404);
        Assertions.assertThat(postForm(stranger, draftUrl.substring(api.base().length()) + "/delete", Map.of())
                        .status())
                .isEqualTo(404);

        page.navigate(draftUrl);
        page.onceDialog(dialog -> dialog.accept());
        page.click("[data-action=delete]");
        assertThat(page.locator("#deleted")).isVisible();
        Assertions.assertThat(page.navigate(draftUrl).status()).isEqualTo(404);
    }

    private static FilePayload png(String name) throws Exception {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new FilePayload(name, "image/png", out.toByteArray());
    }
}
