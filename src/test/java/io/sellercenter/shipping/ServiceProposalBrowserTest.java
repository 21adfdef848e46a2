package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceProposalBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H3 R-H4 the buyer's service cannot carry a power bank: the seller proposes one from the order page, the buyer accepts, the order shows it")
    void proposeFromTheOrderPage() {
        var shop = new Shop(api, 10, "BATTERY");
        var buyer = api.buyerToken();
        var id = shop.paid(
                buyer,
                List.of(Map.of("productId", shop.productId, "skuCode", shop.sku, "quantity", 1)),
                "CAINIAO_SUPER_ECONOMY");
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/orders/" + id);
        assertThat(page.locator("#buyer-service-problem")).containsText("cannot carry this parcel");
        page.selectOption("#proposal-service", "CAINIAO_STANDARD");
        page.click("#service-proposals button[type=submit]");
        assertThat(page.locator("#service-proposals [role=status]")).containsText("Proposal sent");
        assertThat(page.locator("[data-proposal][data-status=PROPOSED]")).containsText("Cainiao Standard Shipping");

        var proposal = api.get("/api/v1/storefront/orders/" + id + "/service-proposals", buyer)
                .json()
                .get(0)
                .get("proposalId")
                .asLong();
        api.post("/api/v1/storefront/orders/" + id + "/service-proposals/" + proposal + "/accept", buyer, Map.of());

        page.reload();
        assertThat(page.locator("[data-proposal][data-status=ACCEPTED]")).containsText("accepted by the buyer");
        assertThat(page.locator("#buyer-service-problem")).hasCount(0);
        assertThat(page.locator("main dl.facts")).containsText("Cainiao Standard Shipping");
    }

    @Test
    @DisplayName(
            "R-H3 a buyer who chose no service: the order page says so and offers the services for the parcel, in Chinese too")
    void noBuyerService() {
        var shop = new Shop(api, 10, "GENERAL");
        var id = shop.paid(
                api.buyerToken(),
                List.of(Map.of("productId", shop.productId, "skuCode", shop.sku, "quantity", 1)),
                null);
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/orders/" + id + "?lang=zh-CN");
        assertThat(page.locator("#no-buyer-service")).containsText("买家未选择物流服务");
        assertThat(page.locator("#proposal-service option")).not().hasCount(0);
        page.click("#service-proposals button[type=submit]");
        assertThat(page.locator("#service-proposals [role=status]")).containsText("推荐已作为订单留言发送给买家");
    }
}
