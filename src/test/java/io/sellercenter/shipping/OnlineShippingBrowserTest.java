package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
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
        assertThat(page.locator("#steps li")).hasCount(5);
        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "SERVICE");
        assertThat(page.locator("[data-service=CAINIAO_STANDARD]")).containsText("buyer's choice");
        assertThat(page.locator("label[for=confirmServiceMismatch]"))
                .containsText("than the buyer's choice (Cainiao Standard Shipping)");
        page.locator("#services [data-service]:not([data-service=CAINIAO_STANDARD]) input[name=serviceCode]:enabled")
                .first()
                .check();
        page.click("[data-action=next]");
        assertThat(page.locator("[data-error-for=confirmServiceMismatch]")).containsText("The buyer chose");
        page.check("#service-CAINIAO_STANDARD");
        page.click("[data-action=next]");

        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "GOODS");
        assertThat(page.locator("#lines tr[data-line] [data-accepted]")).hasAttribute("data-accepted", "true");
        page.fill("#weightGrams", "150");
        page.fill("#lengthCm", "12");
        page.fill("#widthCm", "10");
        page.fill("#heightCm", "6");
        page.click("[data-action=next]");
        assertThat(page.locator("[data-error-for=itemNameCn]")).isVisible();
        page.fill("#itemNameCn", "耳机");
        page.click("[data-action=next]");

        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "ADDRESSES");
        page.fill("#senderMobile", "13800138000");
        page.fill("#senderAddress", "18 Xixiang Avenue, Bao'an");
        page.fill("#senderCity", "Shenzhen");
        page.fill("#senderZip", "518102");
        assertThat(page.locator("#receiverName")).hasValue("Emma Johnson");
        page.fill("#receiverName", "");
        page.click("[data-action=next]");
        assertThat(page.locator("[data-error-for=receiverName]")).isVisible();
        page.fill("#receiverName", "Emma Johnson");
        page.fill("#receiverAddress", "742 Evergreen Terrace, Apt 2");
        page.click("[data-action=next]");

        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "HANDOVER");
        assertThat(page.locator("#transit-warehouse")).containsText("SZX-01");
        page.check("#pickupType-DOOR_PICKUP");
        page.click("[data-action=next]");

        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "CHECK");
        assertThat(page.locator("#buyer")).containsText("Emma Johnson");
        assertThat(page.locator("#ship-to")).containsText("742 Evergreen Terrace, Apt 2");
        assertThat(page.locator("#service")).hasText("Cainiao Standard Shipping");
        assertThat(page.locator("#handover")).containsText("Free door-to-door pickup");
        assertThat(page.locator("#undeliverable")).containsText("Return it to me");
        page.click("[data-go=GOODS]");
        assertThat(page.locator("#itemNameCn")).hasValue("耳机");
        assertThat(page.locator("#weightGrams")).hasValue("150");
        page.click("[data-action=next]");
        page.click("[data-action=next]");
        page.click("[data-action=next]");
        assertThat(page.locator("#ship-to")).containsText("742 Evergreen Terrace, Apt 2");
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
            "R-H3 R-H4 R-H6 the ship-online steps (zh) stop where a check fails: a service refusing the battery line,"
                    + " door pickup outside the collection range; nothing is created")
    void stepsStopAtTheFailingCheck() {
        var shop = new Shop(api, 10, "BATTERY");
        shop.bindFreightAccount();
        var id = shop.paid(api.buyerToken(), 1);
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller/orders/" + id + "/online?lang=zh-CN");
        assertThat(page.locator("#steps li[data-step=SERVICE]")).containsText("物流服务");
        var economy = page.locator("[data-service=CAINIAO_SUPER_ECONOMY]");
        assertThat(economy.locator("input[name=serviceCode]")).isDisabled();
        assertThat(economy).containsText("不接受");
        // a page kept open from before, or a script, may still send it: the step says no
        economy.locator("input[name=serviceCode]").evaluate("e => { e.disabled = false; e.checked = true; }");
        page.check("#confirmServiceMismatch");
        page.click("[data-action=next]");
        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "SERVICE");
        assertThat(page.locator("[data-error-for=serviceCode]")).containsText("不接受");
        page.check("#service-CAINIAO_STANDARD");
        page.click("[data-action=next]");
        assertThat(page.locator("#lines tr[data-goods-type=BATTERY] [data-accepted]"))
                .hasAttribute("data-accepted", "true");
        page.fill("#weightGrams", "150");
        page.fill("#lengthCm", "12");
        page.fill("#widthCm", "10");
        page.fill("#heightCm", "6");
        page.fill("#itemNameCn", "充电宝");
        page.click("[data-action=next]");
        page.fill("#senderMobile", "13800138000");
        page.fill("#senderAddress", "1 Chang'an Avenue");
        page.fill("#senderCity", "Beijing");
        page.fill("#senderZip", "100000");
        page.click("[data-action=next]");
        page.check("#pickupType-DOOR_PICKUP");
        page.click("[data-action=next]");
        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "HANDOVER");
        assertThat(page.locator("[data-error-for=pickupType]")).isVisible();
        Assertions.assertThat(api.get("/api/v1/orders/" + id, shop.settling.seller.token())
                        .json()
                        .get("orderStatus")
                        .asString())
                .isEqualTo("WAIT_SELLER_SEND_GOODS");
        page.check("#pickupType-SELF_SEND");
        page.click("[data-action=next]");
        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "CHECK");
        page.click("[data-action=confirm]");
        assertThat(page.locator("#logistics")).isVisible();
    }

    @Test
    @DisplayName("R-S8 shipping online: another seller's order is not found, a sub-account without SHIPPING gets 403")
    void shipOnlineKeepsTenancy() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var id = shop.paid(api.buyerToken(), 1);
        var path = "/seller/orders/" + id + "/online";
        var post = java.util.Map.of("step", "1", "go", "2", "serviceCode", "CAINIAO_STANDARD");

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(stranger.navigate(api.base() + path).status()).isEqualTo(404);
        stranger.navigate(api.base() + "/seller");
        Assertions.assertThat(postForm(stranger, path, post).status()).isEqualTo(404);

        var orders = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        Assertions.assertThat(orders.navigate(api.base() + path).status()).isEqualTo(403);
        orders.navigate(api.base() + "/seller");
        Assertions.assertThat(postForm(orders, path, post).status()).isEqualTo(403);

        var shipping = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS", "SHIPPING"), "secret-pass-2");
        Assertions.assertThat(shipping.navigate(api.base() + path).status()).isEqualTo(200);
        shipping.navigate(api.base() + path + "?step=5");
        // the final check opened by its address stops where going forward would: the parcel's size is not typed yet
        assertThat(shipping.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "GOODS");
        assertThat(shipping.locator("[data-error-for=lengthCm]")).isVisible();
        assertThat(shipping.locator("main")).not().containsText("null");
    }
}
