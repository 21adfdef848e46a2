package io.sellercenter.warehouses;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
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

    @Test
    @DisplayName(
            "R-H4 seed 001 a mixed order in the pages: the parcel from China carries only its China lines (a battery waiting in the US warehouse does not narrow the services); the US line goes to its warehouse")
    void mixedOrderShipsItsChinaLinesOnline() {
        var o = new Overseas(api);
        var cnSku = o.sku();
        var cnProduct = o.product("GENERAL", 3, cnSku).get("productId").asLong();
        var cn = o.warehouse("SELF_BUILT", "CN");
        Assertions.assertThat(o.put("/api/v1/inventory", Map.of("warehouseId", cn, "skuCode", cnSku, "available", 10))
                        .status())
                .isEqualTo(200);
        var usSku = o.sku();
        var usProduct = o.product("BATTERY", 3, usSku).get("productId").asLong();
        var us = o.approvedWarehouse("SELF_BUILT", "US", usSku, 10, true);
        o.put(
                "/api/v1/products/" + usProduct + "/ship-from",
                Map.of("locations", List.of(Map.of("country", "US", "warehouseId", us))));
        o.put(
                "/api/v1/freight-account",
                Map.of("provider", "ALIPAY_INTL", "accountNo", "pay@test.cn", "agreementNo", "20881234567890"));
        var buyer = api.buyerToken();
        var orderId = api.post(
                        "/api/v1/storefront/orders",
                        buyer,
                        Map.of(
                                "items",
                                List.of(
                                        Map.of("productId", cnProduct, "skuCode", cnSku, "quantity", 1),
                                        Map.of("productId", usProduct, "skuCode", usSku, "quantity", 1)),
                                "shippingAddress",
                                Shop.address()))
                .json()
                .get("orderId")
                .asLong();
        var payment =
                api.post("/api/v1/storefront/orders/" + orderId + "/payment", buyer, Map.of("provider", "ALIPAY_INTL"));
        o.settling.payAtProvider(payment.json(), "confirm");
        Api.await(
                "order paid",
                () -> o.order(orderId).get("orderStatus").asString().equals("WAIT_SELLER_SEND_GOODS"));
        var services = api.get("/api/v1/orders/" + orderId + "/logistics-services", o.token)
                .json();
        for (var service : services) {
            Assertions.assertThat(service.get("refusedGoodsTypes").toString())
                    .as("the battery ships from the US, not in this parcel")
                    .doesNotContain("BATTERY");
        }

        var page = logIn(o.settling.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller/orders/" + orderId + "/online");
        page.check("#service-CAINIAO_STANDARD");
        page.click("[data-action=next]");
        page.fill("#weightGrams", "250");
        page.fill("#lengthCm", "20");
        page.fill("#widthCm", "10");
        page.fill("#heightCm", "5");
        page.fill("#itemNameEn", "Wireless earbuds");
        page.fill("#itemNameCn", "耳机");
        page.fill("#unitValue", "19.90");
        page.click("[data-action=next]");
        page.fill("#senderName", "陈静");
        page.fill("#senderMobile", "13800138000");
        page.fill("#senderAddress", "18 Xixiang Avenue, Bao'an");
        page.fill("#senderCity", "Shenzhen");
        page.fill("#senderZip", "518102");
        page.click("[data-action=next]");
        page.click("[data-action=next]");
        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "CHECK");
        page.click("[data-action=confirm]");
        assertThat(page.locator("#logistics-created")).isVisible();

        var parcel =
                api.get("/api/v1/logistics-orders?q=" + orderId, o.token).json().at("/items/0/items");
        Assertions.assertThat(parcel.toString())
                .contains(String.valueOf(
                        o.order(orderId).at("/lines/0/orderLineId").asLong()))
                .doesNotContain(
                        "\"" + o.order(orderId).at("/lines/1/orderLineId").asLong() + "\"");
        assertThat(page.locator("#overseas input[name=lineIds]")).hasCount(1);
        page.click("[data-action=send-outbound]");
        assertThat(page.locator("#overseas [data-outbound]")).hasAttribute("data-status", "REQUESTED");
    }
}
