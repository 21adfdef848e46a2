package io.sellercenter.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The page forms of service proposals, domestic drop-off and third-party confirmation keep tenancy and permissions. */
class ShippingPagesTenancyBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-S8 proposing a service, recording a drop-off, confirming a third-party shipment: another seller 404, a sub-account without the permission 403")
    void pageFormsKeepTenancy() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var order = shop.paid(api.buyerToken(), 1);
        var dropOff = api.post(
                        "/api/v1/logistics-orders",
                        shop.seller,
                        LogisticsOrderApiTest.body(
                                shop.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "100000"))
                .json()
                .get("logisticsOrderId")
                .asLong();
        var thirdPartyBody = LogisticsOrderApiTest.body(
                shop.paid(api.buyerToken(), 1), "YANWEN_3PL", "GENERAL", "SELF_SEND", "518102");
        thirdPartyBody.put("confirmServiceMismatch", true);
        var thirdParty = api.post("/api/v1/logistics-orders", shop.seller, thirdPartyBody)
                .json()
                .get("logisticsOrderId")
                .asLong();
        var posts = Map.of(
                "/seller/orders/" + order + "/service-proposals",
                Map.of("serviceCode", "CPAM"),
                "/seller/logistics-orders/" + dropOff + "/drop-off",
                Map.of("domesticCarrier", "SF Express", "domesticTrackingNo", "SF1234567890"),
                "/seller/logistics-orders/" + thirdParty + "/confirm-shipping",
                Map.<String, String>of());

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        stranger.navigate(api.base() + "/seller");
        posts.forEach((path, fields) ->
                assertThat(postForm(stranger, path, fields).status()).as(path).isEqualTo(404));

        var ordersOnly = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        ordersOnly.navigate(api.base() + "/seller");
        posts.forEach((path, fields) ->
                assertThat(postForm(ordersOnly, path, fields).status()).as(path).isEqualTo(403));
        var shippingOnly = logIn(api.subAccountEmail(shop.settling.seller, "SHIPPING"), "secret-pass-2");
        shippingOnly.navigate(api.base() + "/seller");
        assertThat(postForm(
                                shippingOnly,
                                "/seller/orders/" + order + "/service-proposals",
                                Map.of("serviceCode", "CPAM"))
                        .status())
                .as("a proposal is a message to the buyer: ORDERS too")
                .isEqualTo(403);

        var api2 = api.get("/api/v1/orders/" + order + "/service-proposals", shop.seller)
                .json();
        assertThat(api2.size()).as("nothing was proposed by the refused posts").isZero();
        assertThat(api.get("/api/v1/logistics-orders/" + dropOff, shop.seller)
                        .json()
                        .get("domesticTrackingNo")
                        .isNull())
                .isTrue();
        assertThat(shop.status(order)).isEqualTo("WAIT_SELLER_SEND_GOODS");
    }
}
