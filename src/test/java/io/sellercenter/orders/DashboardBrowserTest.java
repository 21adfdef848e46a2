package io.sellercenter.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.BrowserTestBase;
import org.junit.jupiter.api.Test;

/** The seller's dashboard knows the account: counts that lead to their lists, charts, the checklist until done. */
class DashboardBrowserTest extends BrowserTestBase {

    @Test
    void countsMatchTheOrdersAndLeadToTheFilteredList() {
        var token = api.token("seller@demo.local", DEMO_PASSWORD);
        var waiting = api.get("/api/v1/orders?orderStatus=WAIT_SELLER_SEND_GOODS&size=200", token)
                .json();
        var dueSoon = waiting.get("items")
                .valueStream()
                .filter(o -> o.get("dueWithin24Hours").asBoolean())
                .count();

        var page = logIn("seller@demo.local", DEMO_PASSWORD);
        assertThat(page.locator("[data-todo=to-ship] .fs-3"))
                .hasText(String.valueOf(waiting.get("total").asLong()));
        assertThat(page.locator("[data-todo=due-soon] .fs-3")).hasText(String.valueOf(dueSoon));
        assertThat(page.locator("#orders-card .chart svg").first()).isVisible();
        assertThat(page.locator("#on-time")).containsText("%");
        assertThat(page.locator("#checklist-card .card")).hasCount(0);
        assertThat(page.locator("[data-todo=decided]")).isVisible();
        assertThat(page.locator("#freight-card .chart svg")).isVisible();

        page.click("[data-todo=due-soon]");
        assertThat(page.locator("#due")).hasValue("24h");
        assertThat(page.locator("#orders tbody tr")).hasCount((int) dueSoon);
        assertThat(page.locator("#orders tbody tr.due-soon")).hasCount((int) dueSoon);

        page.navigate(api.base() + "/seller");
        page.click("[data-todo=messages]");
        assertThat(page.locator("#inbox [data-unread]").first()).isVisible();
    }

    @Test
    void aSellerStillSettlingInSeesTheChecklistAndASubAccountOnlyWhatItMaySee() {
        var page = logIn("seller2@demo.local", DEMO_PASSWORD);
        assertThat(page.locator("#checklist-card li[data-step=CERTIFICATION]")).isVisible();

        var seller = api.registerSeller();
        var finance = api.subAccountEmail(seller, "FINANCE");
        var sub = logIn(finance, "secret-pass-2");
        assertThat(sub.locator("#next-steps [data-step=freight]")).isVisible();
        assertThat(sub.locator("#orders-card")).hasCount(0);
        assertThat(sub.locator("#freight-card")).isVisible();
        assertThat(sub.locator("[data-todo=decided]")).hasCount(0);
        assertThat(sub.request().get(api.base() + "/seller/dashboard/decided").status())
                .isEqualTo(403);

        var shipping = logIn(api.subAccountEmail(seller, "ORDERS"), "secret-pass-2");
        assertThat(shipping.locator("#orders-card")).isVisible();
        assertThat(shipping.locator("#freight-card")).hasCount(0);
        assertThat(shipping.request()
                        .get(api.base() + "/seller/dashboard/freight")
                        .status())
                .isEqualTo(403);
        assertThat(sub.request().get(api.base() + "/seller/dashboard/orders").status())
                .isEqualTo(403);
    }
}
