package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThirdPartyBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H14 a third-party parcel's page shows the waybill to paste and the third party's system, no label; confirming ships the order")
    void confirmAfterTheThirdPartysManifest() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var order = shop.paid(api.buyerToken(), 1);
        var body = LogisticsOrderApiTest.body(order, "YANWEN_3PL", "GENERAL", "SELF_SEND", "518102");
        body.put("confirmServiceMismatch", true);
        var created = api.post("/api/v1/logistics-orders", shop.seller, body).json();
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/logistics-orders/"
                + created.get("logisticsOrderId").asLong());
        assertThat(page.locator("#third-party-waybill"))
                .hasText(created.get("intlTrackingNo").asString());
        assertThat(page.locator("#third-party-system")).hasAttribute("href", Pattern.compile("^https://"));
        assertThat(page.locator("[data-action=label]")).hasCount(0);
        assertThat(page.locator("[data-action=online-notice]")).hasCount(0);
        page.click("[data-action=confirm-shipping]");
        page.waitForURL(url -> url.contains("/seller/orders/" + order));
        assertThat(page.locator("#order-status")).hasText("Waiting for the buyer to receive");
    }
}
