package io.sellercenter.warehouses;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OverseasFulfilmentBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-W8 in the pages: US lines go to the seller's own US warehouse, the shipment is entered beside its outbound order, the fees show in the ledger")
    void ownWarehouseShipsThroughThePages() {
        var s = Overseas.fulfilmentOrder(api, "SELF_BUILT");
        var page = logIn(s.o().settling.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller/orders/" + s.orderId());
        assertThat(page.locator("#overseas input[name=lineIds]")).hasCount(2);
        page.locator("#overseas input[name=lineIds]").nth(1).uncheck();
        page.click("[data-action=send-outbound]");

        var outbound = page.locator("#overseas [data-outbound]");
        assertThat(outbound).hasCount(1);
        assertThat(outbound).hasAttribute("data-status", "REQUESTED");
        assertThat(outbound.locator("[data-fee]").first()).containsText("1.80 USD");
        assertThat(page.locator("#overseas input[name=lineIds]")).hasCount(1);

        outbound.locator("select[name=serviceName]").selectOption("USPS");
        outbound.locator("input[name=trackingNo]").fill("12345");
        outbound.locator("[data-action=outbound-shipped]").click();
        assertThat(page.locator("[data-error-for=overseas]")).containsText("USPS");

        page.locator("#overseas [data-outbound] select[name=serviceName]").selectOption("USPS");
        page.locator("#overseas [data-outbound] input[name=trackingNo]").fill("9400100000000000000000");
        page.click("[data-action=outbound-shipped]");
        assertThat(page.locator("#overseas [data-outbound]")).hasAttribute("data-status", "SHIPPED");
        assertThat(page.locator("#order-status")).hasText("Partly shipped");
        assertThat(page.locator("#shipments [data-shipment]")).containsText("9400100000000000000000");

        page.navigate(api.base() + "/seller/freight-account");
        assertThat(page.locator("tr[data-kind=OVERSEAS_HANDLING]")).containsText("-1.80 USD");
        page.locator("tr[data-kind=OVERSEAS_LAST_MILE] a").click();
        page.waitForURL(url -> url.contains("/seller/orders/" + s.orderId()));
    }
}
