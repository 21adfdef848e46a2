package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OnlineShippingBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H2…R-H10 services → logistics order with a final check of the buyer's details → label → shipping notice")
    void servicesCreateLabelNotice() {
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
        page.click("[data-action=review]");

        assertThat(page.locator("#buyer")).containsText("Emma Johnson");
        assertThat(page.locator("#buyer")).containsText("742 Evergreen Terrace");
        page.click("[data-action=confirm]");

        assertThat(page.locator("#logistics")).containsText("SZX-01");
        var label = page.request()
                .get(api.base() + page.locator("[data-action=label]").getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(label.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(label.headers().get("content-type"))
                .isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(label.body(), 0, 5))
                .isEqualTo("%PDF-");

        page.click("[data-action=online-notice]");
        assertThat(page.locator("#order-status")).hasText("Waiting for the buyer to receive");
        assertThat(page.locator("[data-shipment]")).containsText("CAINIAO_STANDARD");
    }
}
