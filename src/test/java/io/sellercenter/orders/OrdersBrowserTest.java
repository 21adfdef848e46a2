package io.sellercenter.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrdersBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName("R-H9 R-H13 order list → detail → offline shipping notice, with the tracking error beside its field")
    void listDetailOfflineShippingNotice() {
        var shop = new Shop(api, 10, "BATTERY");
        var id = shop.paid(api.buyerToken(), 2);
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.click("a[data-nav=orders]");
        var row = page.locator("tr[data-order='" + id + "']");
        assertThat(row).containsText("Waiting for your shipment");
        assertThat(row).containsText("Black");
        assertThat(row).containsText("M");
        assertThat(row).containsText("× 2");
        assertThat(row.locator("td").last()).containsText("2 d");
        row.locator("a").first().click();

        assertThat(page.locator("#order-status")).hasText("Waiting for your shipment");
        assertThat(page.locator("#ship-by")).hasText(Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} GMT"));
        page.selectOption("#serviceName", "UPS");
        page.fill("#trackingNo", "not-a-ups-number");
        page.click("[data-action=ship]");
        assertThat(page.locator("[data-error-for=trackingNo]")).containsText("UPS");

        page.selectOption("#serviceName", "OTHER");
        page.fill("#trackingNo", "YT2231456789012");
        page.fill("#carrier", "YunExpress");
        page.fill("#trackingWebsite", "https://www.yuntrack.com");
        page.click("[data-action=ship]");

        assertThat(page.locator("#order-status")).hasText("Waiting for the buyer to receive");
        assertThat(page.locator("[data-shipment]")).containsText("YunExpress");
        assertThat(page.locator("[data-shipment]")).containsText("offline");
    }
}
