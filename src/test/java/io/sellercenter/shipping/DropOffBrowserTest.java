package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DropOffBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H6 outside every collection range: the parcel page says to double-pack and whom to call, and records the domestic courier (error beside the field)")
    void domesticExpressToTheTransitWarehouse() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var order = shop.paid(api.buyerToken(), 1);
        var created = api.post(
                        "/api/v1/logistics-orders",
                        shop.seller,
                        LogisticsOrderApiTest.body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "100000"))
                .json();
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/logistics-orders/"
                + created.get("logisticsOrderId").asLong());
        assertThat(page.locator("#drop-off")).containsText("Pack the parcel twice");
        assertThat(page.locator("[data-warehouse-contact]").first()).containsText("Talk to the warehouse in advance");
        page.fill("#domesticCarrier", "SF Express");
        page.fill("#domesticTrackingNo", "SF 12");
        page.click("[data-action=drop-off]");
        assertThat(page.locator("[data-error-for=domesticTrackingNo]")).isVisible();
        assertThat(page.locator("#domesticCarrier")).hasValue("SF Express");
        page.fill("#domesticTrackingNo", "SF1234567890");
        page.click("[data-action=drop-off]");
        assertThat(page.locator("#drop-off [role=status]")).isVisible();
        assertThat(page.locator("#domestic-tracking")).containsText("SF1234567890");
    }

    @Test
    @DisplayName(
            "R-H6 a pickup asked outside the range: the parcel page says it waits for the warehouse and whom to call; declined, it asks for the domestic courier")
    void pickupAskedThenDeclined() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var body = LogisticsOrderApiTest.body(
                shop.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "DOOR_PICKUP", "512000");
        body.put("askPickupOutsideRange", true);
        var created = api.post("/api/v1/logistics-orders", shop.seller, body).json();
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/logistics-orders/"
                + created.get("logisticsOrderId").asLong());
        assertThat(page.locator("#pickup-asked")).containsText("CAN-03");
        assertThat(page.locator("#pickup-asked [data-warehouse-contact]")).containsText("Chen Min");
        assertThat(page.locator("#drop-off")).hasCount(0);

        LogisticsOrderApiTest.carrierEvent(
                api,
                "{\"intlTrackingNo\":\"" + created.get("intlTrackingNo").asString()
                        + "\",\"actionCode\":\"PICKUP_DECLINED\",\"occurredAt\":\"2026-11-23T08:00:00Z\"}");
        page.reload();
        assertThat(page.locator("#pickup-asked")).hasCount(0);
        assertThat(page.locator("#drop-off")).containsText("Pack the parcel twice");
    }
}
