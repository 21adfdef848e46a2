package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OnlineShippingBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H2…R-H10 services → logistics order, consignee corrected, final check of the buyer's details → label → notice")
    void servicesCreateLabelNotice() throws Exception {
        var shop = new Shop(api, 10, "GENERAL");
        var id = shop.paid(api.buyerToken(), 1);
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/orders/" + id);
        page.click("[data-action=ship-online]");
        assertThat(page.locator("#bind-first")).isVisible();
        page.navigate(api.base() + "/seller/freight-account");
        page.fill("#accountNo", "finance@test.cn");
        page.fill("#agreementNo", "20881234567890");
        page.click("[data-action=bind]");
        assertThat(page.locator("#freight-status")).containsText("Bound");

        page.navigate(api.base() + "/seller/orders/" + id + "/online");
        assertThat(page.locator("tr[data-service=CAINIAO_STANDARD]")).containsText("buyer's choice");
        assertThat(page.locator("label:has(#confirmServiceMismatch1)"))
                .containsText("than the buyer's choice (Cainiao Standard Shipping)");
        page.check("input[name=pickupType][value=DOOR_PICKUP]");
        page.fill("#senderMobile", "13800138000");
        page.fill("#senderAddress", "18 Xixiang Avenue, Bao'an");
        page.fill("#senderCity", "Shenzhen");
        page.fill("#senderZip", "518102");
        page.fill("#weightGrams", "150");
        page.fill("#lengthCm", "12");
        page.fill("#widthCm", "10");
        page.fill("#heightCm", "6");
        page.fill("#itemNameCn", "耳机");
        assertThat(page.locator("#receiverName")).hasValue("Emma Johnson");
        page.fill("#receiverName", "");
        page.click("[data-action=review]");
        assertThat(page.locator("[data-error-for=receiverName]")).isVisible();

        page.fill("#receiverName", "Emma Johnson");
        page.fill("#receiverAddress", "742 Evergreen Terrace, Apt 2");
        page.click("[data-action=review]");
        assertThat(page.locator("#buyer")).containsText("Emma Johnson");
        assertThat(page.locator("#ship-to")).containsText("742 Evergreen Terrace, Apt 2");
        assertThat(page.locator("#service")).hasText("Cainiao Standard Shipping");
        assertThat(page.locator("#handover")).containsText("Free door-to-door pickup");
        assertThat(page.locator("#undeliverable")).containsText("Return it to me");
        page.click("[data-action=confirm]");

        assertThat(page.locator("#logistics")).containsText("SZX-01");
        var label = page.request()
                .get(api.base() + page.locator("[data-action=label]").getAttribute("href"));
        Assertions.assertThat(label.status()).isEqualTo(200);
        Assertions.assertThat(label.headers().get("content-type")).isEqualTo("application/pdf");
        Assertions.assertThat(new String(label.body(), 0, 5)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(label.body())) {
            Assertions.assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .as("the corrected consignee is the one on the parcel")
                    .contains("742 Evergreen Terrace, Apt 2");
        }

        assertThat(page.locator("#logistics-status")).hasText("Awaiting pickup");
        assertThat(page.locator("#actual-freight")).containsText("Not weighed yet");
        page.click("[data-action=online-notice]");
        assertThat(page.locator("#order-status")).hasText("Waiting for the buyer to receive");
        assertThat(page.locator("[data-shipment]")).containsText("Everything left (full) · Cainiao Standard Shipping");

        var waybill = page.locator("#logistics").getAttribute("data-waybill");
        var weighed = LogisticsOrderApiTest.carrierEvent(
                api,
                "{\"intlTrackingNo\":\"" + waybill + "\",\"actionCode\":\"SC_INBOUND_SUCCESS\","
                        + "\"occurredAt\":\"2026-11-23T08:00:00Z\",\"location\":\"Shenzhen\",\"weightGrams\":480}");
        Assertions.assertThat(weighed.status()).as(weighed.toString()).isEqualTo(200);
        page.reload();
        assertThat(page.locator("#logistics-status")).hasText("Received at the transit warehouse");
        assertThat(page.locator("#actual-freight")).hasText(Pattern.compile("48\\.00"));
        assertThat(page.locator("#tracking li[data-action-code=SC_INBOUND_SUCCESS]"))
                .containsText("2026-11-23 08:00");
        assertThat(page.locator("#tracking li[data-action-code=SC_INBOUND_SUCCESS]"))
                .containsText("Shenzhen");

        page.navigate(api.base() + "/seller/freight-account");
        assertThat(page.locator("#freight-ledger tr[data-kind=HOLD]")).hasCount(1);
        assertThat(page.locator("#freight-ledger tr[data-kind=HOLD]")).containsText("Estimated freight held");
    }

    @Test
    @DisplayName(
            "R-H15 batch print: labels found by order numbers, selected and exported as one PDF; errors beside the field")
    void batchPrint() throws Exception {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var first = shop.paid(api.buyerToken(), 1);
        var second = shop.paid(api.buyerToken(), 1);
        var unshipped = shop.paid(api.buyerToken(), 1);
        var waybills = new ArrayList<String>();
        for (var order : List.of(first, second)) {
            var created = api.post(
                    "/api/v1/logistics-orders",
                    shop.seller,
                    LogisticsOrderApiTest.body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));
            Assertions.assertThat(created.status()).isEqualTo(201);
            waybills.add(created.json().get("intlTrackingNo").asString());
        }
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/labels");
        assertThat(page.locator("tr[data-order='" + first + "']")).containsText(waybills.get(0));

        page.fill("#orderNumbers", first + ", x17");
        page.click("[data-action=search]");
        assertThat(page.locator("[data-error-for=orderNumbers]")).containsText("“x17” is not an order number");

        page.fill("#orderNumbers", first + "\n" + second + " " + unshipped);
        page.click("[data-action=search]");
        assertThat(page.locator("#labels tbody tr")).hasCount(2);
        assertThat(page.locator("#labels-missing")).containsText(String.valueOf(unshipped));

        page.uncheck("tr[data-order='" + first + "'] input[name=ids]");
        page.uncheck("tr[data-order='" + second + "'] input[name=ids]");
        page.click("[data-action=export]");
        assertThat(page.locator("[data-error-for=ids]")).containsText("Tick at least one label");

        page.check("tr[data-order='" + second + "'] input[name=ids]");
        var download = page.waitForDownload(() -> page.click("[data-action=export]"));
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            Assertions.assertThat(new PDFTextStripper().getText(pdf))
                    .contains(waybills.get(1))
                    .doesNotContain(waybills.get(0));
        }
    }

    @Test
    @DisplayName(
            "R-H15 R-S8 the labels page: another seller gets no PDF of these labels, a sub-account without SHIPPING 403")
    void labelsPageKeepsToTheSellerAndItsShippers() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var created = api.post(
                        "/api/v1/logistics-orders",
                        shop.seller,
                        LogisticsOrderApiTest.body(
                                shop.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"))
                .json();
        var id = String.valueOf(created.get("logisticsOrderId").asLong());
        var waybill = created.get("intlTrackingNo").asString();

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        stranger.navigate(api.base() + "/seller/labels");
        var asked = exportLabels(stranger, id);
        Assertions.assertThat(asked.headers().get("content-type")).doesNotContain("pdf");
        Assertions.assertThat(asked.text())
                .doesNotContain(waybill)
                .as("the refusal is shown even though the stranger has no labels of its own")
                .contains("data-error-for=\"ids\"")
                .contains("Not found: it does not exist or is not yours.");

        var orders = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        Assertions.assertThat(orders.navigate(api.base() + "/seller/labels").status())
                .isEqualTo(403);
        orders.navigate(api.base() + "/seller/orders");
        var refused = exportLabels(orders, id);
        Assertions.assertThat(refused.status()).isEqualTo(403);
        Assertions.assertThat(refused.text())
                .as("refused for the permission, not for a bad CSRF token")
                .contains("needs the Shipping permission");
    }

    /** The labels page's export form posted with the CSRF token of the page open, as the browser would. */
    private APIResponse exportLabels(Page page, String id) {
        return postForm(page, "/seller/labels", Map.of("ids", id));
    }
}
