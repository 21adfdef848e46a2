package io.sellercenter.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.orders.internal.FallingDue;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell counts what the seller was told; each notification leads to its subject; another seller sees none. */
class NotificationsBrowserTest extends BrowserTestBase {

    @Autowired
    FallingDue fallingDue;

    @Test
    void buyerMessagesCancellationsAndOrdersFallingDueReachTheBellOfWhoMaySeeThem() {
        var seller = api.token("seller@demo.local", DEMO_PASSWORD);
        var order = api.get("/api/v1/orders?orderStatus=WAIT_SELLER_SEND_GOODS&size=1", seller)
                .json()
                .get("items")
                .get(0)
                .get("orderId")
                .asLong();
        var buyer = api.token("buyer@demo.local", DEMO_PASSWORD);
        var sent = api.post(
                "/api/v1/storefront/orders/" + order + "/messages", buyer, Map.of("body", "Is it the grey one?"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        fallingDue.announce();

        var page = logIn("seller@demo.local", DEMO_PASSWORD);
        Api.await("the notification is written", () -> {
            page.reload();
            return page.locator("#unread-notifications").count() > 0;
        });
        page.click("[data-nav=notifications]");
        var message = page.locator("#notifications a[data-kind=BUYER_MESSAGE]").first();
        assertThat(message).containsText(String.valueOf(order));
        assertThat(page.locator("#notifications a[data-kind=ORDER_FALLING_DUE]").first())
                .isVisible();
        message.click();
        page.waitForURL("**/seller/orders/" + order + "#messages");

        var before = Long.parseLong(page.locator("#unread-notifications").textContent());
        page.navigate(api.base() + "/seller/notifications");
        page.click("[data-action=read-all]");
        assertThat(page.locator("#unread-notifications")).hasCount(0);
        assertThat(before).isPositive();

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        stranger.navigate(api.base() + "/seller/notifications");
        assertThat(stranger.locator("#no-notifications")).isVisible();
        var id = page.locator("#notifications a").first().getAttribute("href").replaceAll(".*/", "");
        assertThat(stranger.navigate(api.base() + "/seller/notifications/" + id).status())
                .isEqualTo(404);
    }
}
