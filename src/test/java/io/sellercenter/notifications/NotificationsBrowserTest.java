package io.sellercenter.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import io.sellercenter.TestClock;
import io.sellercenter.orders.internal.FallingDue;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell counts what the seller was told; each notification leads to its subject; only who may see it does. */
class NotificationsBrowserTest extends BrowserTestBase {

    @Autowired
    FallingDue fallingDue;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void buyerMessagesAndOrdersFallingDueReachTheBellOfWhoMaySeeThem() {
        var shop = new Shop(api, 10, "GENERAL");
        var buyer = api.buyerToken();
        var order = shop.paid(buyer, 1);
        var sent = api.post("/api/v1/storefront/orders/" + order + "/messages", buyer, Map.of("body", "Grey one?"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        clock.advance(Duration.ofDays(2).plusHours(1));
        assertThat(fallingDue.announce()).isPositive();
        assertThat(fallingDue.announce()).as("each order is announced once").isZero();
        clock.reset();

        var page = logIn(shop.settling.seller.email(), "secret-pass-1");
        Api.await("both notifications are written", () -> {
            page.navigate(api.base() + "/seller/notifications");
            return page.locator("#notifications a[data-kind=ORDER_FALLING_DUE]").count() == 1
                    && page.locator("#notifications a[data-kind=BUYER_MESSAGE]").count() == 1;
        });
        assertThat(page.locator("#notifications a[data-kind=ORDER_FALLING_DUE]"))
                .containsText(String.valueOf(order));
        assertThat(page.locator("#notifications a[data-kind=REVIEW_DECIDED]").first())
                .containsText("approved");
        var unread = Integer.parseInt(page.locator("#unread-notifications").textContent());
        page.locator("#notifications a[data-kind=BUYER_MESSAGE]").click();
        page.waitForURL("**/seller/orders/" + order + "#messages");
        assertThat(page.locator("#unread-notifications")).hasText(String.valueOf(unread - 1));

        page.navigate(api.base() + "/seller/notifications");
        var id = page.locator("#notifications a").first().getAttribute("href").replaceAll(".*/", "");
        page.click("[data-action=read-all]");
        assertThat(page.locator("#unread-notifications")).hasCount(0);

        var finance = logIn(api.subAccountEmail(shop.settling.seller, "FINANCE"), "secret-pass-2");
        finance.navigate(api.base() + "/seller/notifications");
        assertThat(finance.locator("#no-notifications")).isVisible();
        assertThat(finance.navigate(api.base() + "/seller/notifications/" + id).status())
                .as("an order notification is not for an account without ORDERS")
                .isEqualTo(404);

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        assertThat(stranger.navigate(api.base() + "/seller/notifications/" + id).status())
                .isEqualTo(404);
    }
}
