package io.sellercenter.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Browsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrdersBrowserTest extends ApiTestBase {

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    @DisplayName("R-H9 R-H13 order list → detail → offline shipping notice, with the tracking error beside its field")
    void listDetailOfflineShippingNotice() {
        var shop = new Shop(api, 10, "BATTERY");
        var id = shop.paid(api.buyerToken(), 2);
        var page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))
                .newPage();
        page.navigate(api.base() + "/login");
        page.fill("#email", shop.settling.seller.email());
        page.fill("#password", "secret-pass-1");
        page.click("main button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));

        page.click("a[data-nav=orders]");
        var row = page.locator("tr[data-order='" + id + "']");
        assertThat(row).containsText("Waiting for your shipment");
        assertThat(row).containsText("Black");
        assertThat(row).containsText("M");
        assertThat(row).containsText("× 2");
        assertThat(row.locator("td").last()).containsText("2 d");
        row.locator("a").first().click();

        assertThat(page.locator("#order-status")).hasText("Waiting for your shipment");
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
