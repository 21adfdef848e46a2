package io.sellercenter.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OrderListCountingAheadBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a search that matches many orders counts ten pages ahead: 'of more than', and the next page is there")
    void searchCountsTenPagesAhead() {
        var seller = api.registerSeller();
        jdbc.sql("""
                        insert into orders (version, seller_id, store_id, buyer_id, buyer_name, order_status, logistics_status,
                          fund_status, frozen_status, issue_status, logistics_service_code, shipping_address, destination_country,
                          total_minor, currency, created_at, paid_at)
                        select 0, ?, 1, 1, 'Emma Johnson', 'FINISH', 'SELLER_SEND_GOODS', 'PAY_SUCCESS', 'NO_FROZEN', 'NO_ISSUE',
                          'CAINIAO_STANDARD', '{"contactPerson":"Emma Johnson","country":"US","zip":"10001"}', 'US', 1990, 'USD',
                          now() - g * interval '1 hour', now() - g * interval '1 hour'
                        from generate_series(1, 620) g""").param(seller.sellerId()).update();
        var page = logIn(seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/orders?q=Emma");
        assertThat(page.locator("main nav[aria-label] span")).hasText("Page 1 of more than 10");
        assertThat(page.locator("#tabs [data-tab=ALL] .badge")).hasText("620");

        page.navigate(api.base() + "/seller/orders?q=Emma&page=10");
        assertThat(page.locator("main nav[aria-label] span")).hasText("Page 11 of 13");
        assertThat(page.locator("[data-action=next]")).isVisible();
        page.click("[data-action=next]");
        assertThat(page.locator("main nav[aria-label] span")).hasText("Page 12 of 13");
        page.click("[data-action=next]");
        assertThat(page.locator("tr[data-order]")).hasCount(20);
        assertThat(page.locator("[data-action=next]")).hasCount(0);
    }
}
