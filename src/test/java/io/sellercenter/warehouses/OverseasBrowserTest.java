package io.sellercenter.warehouses;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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
            "R-W2 R-W4…R-W8 in the pages only: a product, a US warehouse, stock sent in transit (zh), a sub-account's"
                    + " application fixed and submitted, approval, then the product ships from the US and the stock is received")
    void productStockApplicationApprovalShipFrom() {
        var o = new Overseas(api);
        var subEmail = api.subAccountEmail(o.settling.seller, "WAREHOUSES");
        var main = logIn(o.settling.seller.email(), "secret-pass-1");
        main.onDialog(d -> d.accept());
        var sku = o.sku();

        main.navigate(api.base() + "/seller/products/new?lang=zh-CN");
        main.fill("#title", "无线耳机");
        main.fill("#skus0-skuCode", sku);
        main.fill("#skus0-price", "19.90");
        main.fill("#skus0-weightGrams", "250");
        main.fill("#skus0-lengthCm", "20");
        main.fill("#skus0-widthCm", "10");
        main.fill("#skus0-heightCm", "5");
        main.click("[data-action=save-product]");
        assertThat(main.locator("#saved")).isVisible();
        var productPage = main.url();

        main.navigate(api.base() + "/seller/warehouses");
        main.fill("#name", "洛杉矶第三方仓");
        main.check("input[name=kind][value=THIRD_PARTY]");
        main.selectOption("#country", "US");
        main.fill("#address", "1200 Commerce Way, Building 3");
        main.fill("#providerName", "Winit");
        main.fill("#customerCode", "WC-88231");
        main.click("[data-action=add-warehouse]");
        var us = main.locator("#warehouses tr", new Page.LocatorOptions().setHasText("洛杉矶第三方仓"))
                .getAttribute("data-warehouse");

        main.navigate(productPage);
        assertThat(main.locator("#ship-from tr[data-warehouse='" + us + "'] [data-refusal]"))
                .hasAttribute("data-refusal", "OVERSEAS_PERMISSION_REQUIRED");
        assertThat(main.locator("#ship-from tr[data-warehouse='" + us + "'] input[type=checkbox]"))
                .isDisabled();

        var sub = logIn(subEmail, "secret-pass-2");
        sub.navigate(api.base() + "/seller/overseas");
        sub.click("[data-action=new-application]");
        sub.selectOption("#warehouseId", us);
        sub.check("input[name=countries][value=US]");
        sub.fill("#providerName", "Winit");
        sub.click("[data-action=save]");
        assertThat(sub.locator("li[data-check=MATERIALS_COMPLETE]")).hasAttribute("data-passed", "false");
        assertThat(sub.locator("li[data-check=MATERIALS_COMPLETE]")).containsText("Customer code");
        assertThat(sub.locator("li[data-check=OVERSEAS_INVENTORY]")).containsText("holds no stock");
        sub.click("[data-action=submit]");
        assertThat(sub.locator("[data-error-for=form]")).containsText("Overseas inventory");

        main.navigate(api.base() + "/seller/stock/inbound");
        main.selectOption("#warehouseId", us);
        main.check("#mode-SEA");
        main.fill("#firstLegTrackingNo", "MSKU1234567");
        main.fill("#items0-skuCode", sku);
        main.click("[data-action=ship]");
        assertThat(main.locator("[data-error-for='items[0].quantity']")).isVisible();
        assertThat(main.locator("#firstLegTrackingNo")).hasValue("MSKU1234567");
        main.fill("#items0-quantity", "6");
        main.click("[data-action=ship]");
        assertThat(main.locator("#shipped")).containsText("MSKU1234567");
        assertThat(main.locator("#shipments tbody tr").first().locator("[data-status]"))
                .hasAttribute("data-status", "IN_TRANSIT");
        main.navigate(api.base() + "/seller/stock?warehouseId=" + us);
        var row = main.locator("#stock tr[data-stock='" + us + ":" + sku + "']");
        assertThat(row.locator("[data-column=inTransit]")).hasText("6");
        assertThat(row.locator("[data-column=available]")).hasText("0");

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
        reviewer.locator("#queue tr", new Page.LocatorOptions().setHasText("Test Trading Co."))
                .last()
                .locator("a")
                .click();
        assertThat(reviewer.locator("#materials")).containsText("Winit");
        assertThat(reviewer.locator("[data-material=warehouseKind]")).hasText("Third-party warehouse");
        reviewer.check("input[name=decision][value=APPROVE]");
        reviewer.click("[data-action=decide]");
        assertThat(reviewer.locator("#review-status")).hasText("Approved");

        main.navigate(api.base() + "/seller/overseas");
        assertThat(main.locator("#permitted")).containsText("美国");
        main.navigate(productPage);
        var option = main.locator("#ship-from tr[data-warehouse='" + us + "']");
        assertThat(option.locator("[data-refusal]")).hasCount(0);
        option.locator("input[type=checkbox]").check();
        main.click("[data-action=ship-from]");
        assertThat(main.locator("#ship-from-saved")).isVisible();
        main.navigate(api.base() + "/seller/products?shipFrom=US");
        assertThat(main.locator("#products [data-ship-from]")).hasText(sku + " → US");

        main.navigate(api.base() + "/seller/stock/inbound");
        main.locator("#shipments tbody tr")
                .first()
                .locator("[data-action=receive]")
                .click();
        assertThat(main.locator("#received")).isVisible();
        main.navigate(api.base() + "/seller/stock?warehouseId=" + us);
        assertThat(row.locator("[data-column=available]")).hasText("6");
        assertThat(row.locator("[data-column=inTransit]")).hasText("0");
    }

    @Test
    @DisplayName("R-W8 the fee quote's five lines and total, and the month's storage statement, in the page")
    void feeQuoteAndStatement() {
        var o = new Overseas(api);
        var us = o.approvedUsWarehouse();
        Assertions.assertThat(o.put("/api/v1/warehouses/" + us + "/fee-schedule", OverseasFeesApiTest.schedule())
                        .status())
                .isEqualTo(200);
        var main = logIn(o.settling.seller.email(), "secret-pass-1");
        main.navigate(api.base() + "/seller/stock/fees");
        main.selectOption("#warehouseId", String.valueOf(us));
        main.selectOption("#destination", "US");
        main.check("#mode-AIR");
        main.fill("#storageDays", "45");
        main.fill("#items0-skuCode", "NO-SUCH-SKU");
        main.fill("#items0-quantity", "3");
        main.click("[data-action=quote]");
        assertThat(main.locator("[data-error-for=items]")).containsText("NO-SUCH-SKU");
        var sku = api.get("/api/v1/inventory?warehouseId=" + us, o.token)
                .json()
                .at("/items/0/skuCode")
                .asString();
        main.fill("#items0-skuCode", sku);
        main.click("[data-action=quote]");
        assertThat(main.locator("#quote [data-line]")).hasCount(5);
        assertThat(main.locator("#quote-total")).containsText("USD");

        main.selectOption("#statementWarehouseId", String.valueOf(us));
        main.click("[data-action=statement]");
        assertThat(main.locator("#statement")).isVisible();
        assertThat(main.locator("#statement")).containsText("USD");
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

        var orders = logIn(api.subAccountEmail(o.settling.seller, "ORDERS"), "secret-pass-2");
        orders.navigate(api.base() + "/seller");
        Assertions.assertThat(postForm(orders, draftUrl.substring(api.base().length()) + "/delete", Map.of())
                        .status())
                .as("deleting a draft needs WAREHOUSES")
                .isEqualTo(403);

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

    @Test
    @DisplayName("Stock pages: another seller's shipment 404 and untouched, a sub-account without WAREHOUSES 403")
    void stockPagesTenancy() {
        var o = new Overseas(api);
        var de = o.warehouse("SELF_BUILT", "DE");
        var sku = o.sku();
        o.product("GENERAL", 3, sku);
        var shipment = o.inbound(de, sku, 4).get("shipmentId").asLong();

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        stranger.navigate(api.base() + "/seller/stock/inbound");
        Assertions.assertThat(postForm(stranger, "/seller/stock/inbound/" + shipment + "/receive", Map.of())
                        .status())
                .isEqualTo(404);
        Assertions.assertThat(api.get("/api/v1/inbound-shipments/" + shipment, o.token)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("IN_TRANSIT");
        stranger.navigate(api.base() + "/seller/stock");
        assertThat(stranger.locator("#empty")).isVisible();

        var orders = logIn(api.subAccountEmail(o.settling.seller, "ORDERS"), "secret-pass-2");
        for (var path : List.of("/seller/stock", "/seller/stock/inbound", "/seller/stock/fees")) {
            Assertions.assertThat(orders.navigate(api.base() + path).status())
                    .as(path)
                    .isEqualTo(403);
        }
    }
}
