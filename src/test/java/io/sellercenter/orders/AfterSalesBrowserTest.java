package io.sellercenter.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AfterSalesBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H12 R-H13 after-sales: refuse a cancellation with a reason the buyer reads (error beside the reason when"
                    + " left out), accept another (refunded), give more time to receive; messages answered in place")
    void answerCancellationsExtendReceiptAndReplyInPlace() {
        var shop = new Shop(api, 20, "GENERAL");
        var buyer = api.buyerToken();
        var refused = shop.paid(buyer, 1);
        var accepted = shop.paid(buyer, 1);
        var shipped = shop.paid(buyer, 1);
        var asked = shop.paid(buyer, 1);
        for (var id : new long[] {refused, accepted}) {
            var request = api.post(
                    "/api/v1/storefront/orders/" + id + "/cancel-request", buyer, Map.of("reason", "Changed my mind"));
            Assertions.assertThat(request.status()).as(request.toString()).isLessThan(300);
        }
        Assertions.assertThat(shop.shipAll(shipped).status()).isLessThan(300);
        api.post(
                "/api/v1/storefront/orders/" + asked + "/messages", buyer, Map.of("body", "Is the blue one in stock?"));

        var page = logIn(shop.settling.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller");
        page.click("[data-todo=cancellations]");
        assertThat(page.locator("[data-tab=CANCELLATIONS] .badge")).hasText("2");
        var row = page.locator("#cases [data-order='" + refused + "']");
        assertThat(row.locator("[data-reason]")).containsText("Changed my mind");
        assertThat(row.locator("[data-countdown]")).containsText(" h ");
        row.locator("[data-action=refuse]").click();
        assertThat(page.locator("#cases [data-order='" + refused + "'] [data-error-for=reason]"))
                .containsText("Say why you refuse");
        page.locator("#cases [data-order='" + refused + "'] input[name=reason]")
                .fill("It is packed and leaves today; it will arrive within a week.");
        page.locator("#cases [data-order='" + refused + "'] [data-action=refuse]")
                .click();
        assertThat(page.locator("#answered")).containsText("refused");
        Assertions.assertThat(api.get("/api/v1/storefront/orders/" + refused + "/messages", buyer)
                        .text())
                .contains("leaves today");

        page.onceDialog(dialog -> dialog.accept());
        page.locator("#cases [data-order='" + accepted + "'] [data-action=accept]")
                .click();
        assertThat(page.locator("#answered")).containsText("accepted");
        Assertions.assertThat(shop.status(accepted)).isEqualTo("FINISH");
        page.click("[data-tab=REFUNDS]");
        assertThat(page.locator("#cases [data-order='" + accepted + "']")).containsText("Cancellation accepted");

        page.click("[data-tab=RECEIPT]");
        page.locator("#cases [data-order='" + shipped + "'] input[name=days]").fill("99");
        page.locator("#cases [data-order='" + shipped + "'] [data-action=extend]")
                .click();
        assertThat(page.locator("#failed")).containsText("1 to 30");
        page.locator("#cases [data-order='" + shipped + "'] input[name=days]").fill("5");
        page.locator("#cases [data-order='" + shipped + "'] [data-action=extend]")
                .click();
        assertThat(page.locator("#extended")).isVisible();
        assertThat(page.locator("#cases [data-order='" + shipped + "']")).containsText("Extended by 5 days");

        page.click("#sidebar a[href='/seller/messages']");
        assertThat(page.locator("#inbox [data-order='" + asked + "'] [data-unread]"))
                .hasText("1");
        page.click("#inbox [data-order='" + asked + "']");
        var url = page.url();
        assertThat(page.locator("#thread [data-sender=BUYER]")).containsText("blue one");
        page.fill("#body", "Yes: " + "blue".repeat(150));
        page.click("[data-action=send-message]");
        assertThat(page.locator("#thread [data-sender=SELLER]")).containsText("Yes: blue");
        assertThat(page.locator("#message-sent")).isVisible();
        Assertions.assertThat(page.url()).as("answered in place").isEqualTo(url);
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
                .as("a long message wraps")
                .isTrue();
        page.navigate(api.base() + "/seller/messages?unread=true");
        assertThat(page.locator("#inbox [data-order='" + asked + "']")).hasCount(0);

        page.navigate(api.base() + "/seller/after-sales?lang=zh-CN");
        assertThat(page.locator("h1")).hasText("售后");
    }

    @Test
    @DisplayName("R-S8 after-sales and messages keep to the seller (404) and to ORDERS (403)")
    void afterSalesAndMessagesKeepToTheSeller() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var order = shop.paid(buyer, 1);
        api.post("/api/v1/storefront/orders/" + order + "/cancel-request", buyer, Map.of("reason", "Too slow"));
        api.post("/api/v1/storefront/orders/" + order + "/messages", buyer, Map.of("body", "Hello"));

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(stranger.navigate(api.base() + "/seller/messages/" + order)
                        .status())
                .isEqualTo(404);
        stranger.navigate(api.base() + "/seller/after-sales");
        assertThat(stranger.locator("#empty")).isVisible();
        Assertions.assertThat(
                        postForm(stranger, "/seller/after-sales/" + order + "/cancellation", Map.of("accept", "true"))
                                .status())
                .isEqualTo(404);
        Assertions.assertThat(postForm(stranger, "/seller/messages/" + order, Map.of("body", "Hi"))
                        .status())
                .isEqualTo(404);
        Assertions.assertThat(shop.status(order)).isEqualTo("IN_CANCEL");

        var shipping = logIn(api.subAccountEmail(shop.settling.seller, "SHIPPING"), "secret-pass-2");
        Assertions.assertThat(
                        shipping.navigate(api.base() + "/seller/after-sales").status())
                .isEqualTo(403);
        Assertions.assertThat(shipping.navigate(api.base() + "/seller/messages").status())
                .isEqualTo(403);
    }
}
