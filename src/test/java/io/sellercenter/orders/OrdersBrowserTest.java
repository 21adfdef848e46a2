package io.sellercenter.orders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrdersBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName("R-H9 R-H13 order list → detail → offline shipping notice, with the tracking error beside its field")
    void listDetailOfflineShippingNotice() {
        var shop = new Shop(api, 10, "BATTERY");
        var id = shop.paid(api.buyerToken(), 2);
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.click("a[data-nav=orders]");
        var row = page.locator("tr[data-order='" + id + "']");
        assertThat(row).containsText("Waiting for your shipment");
        assertThat(row).containsText("Black");
        assertThat(row).containsText("M");
        assertThat(row).containsText("× 2");
        assertThat(row.locator("td").last()).containsText("2 d");
        row.locator("a").first().click();

        assertThat(page.locator("#order-status")).hasText("Waiting for your shipment");
        assertThat(page.locator("#ship-by")).hasText(Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} GMT"));
        page.selectOption("#serviceName", "UPS");
        page.fill("#trackingNo", "not-a-ups-number");
        page.click("[data-action=ship]");
        assertThat(page.locator("[data-error-for=trackingNo]")).containsText("UPS");

        page.selectOption("#serviceName", "OTHER");
        page.fill("#trackingNo", "YT2231456789012");
        page.fill("#carrier", "YunExpress");
        page.fill("#trackingWebsite", "https://www.yuntrack.com");
        page.click("[data-action=ship]");

        assertThat(page.locator("#order-status")).hasText("Waiting for the buyer to receive");
        assertThat(page.locator("[data-shipment]")).containsText("YunExpress");
        assertThat(page.locator("[data-shipment]")).containsText("offline");
    }

    @Test
    @DisplayName(
            "R-H2 R-H3 R-H15 select 5 orders → bulk logistics orders (defaults once, refusals named) → one label PDF →"
                    + " notices; the list exported as CSV, Chinese intact")
    void bulkShipFivePrintAndNotifyThenExport() throws Exception {
        var shop = new Shop(api, 30, "GENERAL");
        shop.bindFreightAccount();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            ids.add(shop.paid(api.buyerToken(), 1));
        }
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller/orders?orderStatus=WAIT_SELLER_SEND_GOODS");
        assertThat(page.locator("[data-tab=WAIT_SELLER_SEND_GOODS] .badge")).hasText("6");
        assertThat(page.locator("#sort")).hasValue("shipBy");
        assertThat(page.locator("#orders tbody tr").first()).hasAttribute("data-order", String.valueOf(ids.getFirst()));
        assertThat(page.locator("[data-countdown]").first()).containsText(" h ");

        page.click("[data-action=bulk-ship]");
        assertThat(page.locator("#bulk-error")).containsText("Tick at least one order");
        var five = ids.subList(0, 5);
        five.forEach(id -> page.check("tr[data-order='" + id + "'] input[name=orderIds]"));
        page.locator("#bulk-defaults").evaluate("d => d.open = true");
        page.fill("#declaredNameCn", "耳机");
        page.click("[data-action=bulk-ship]");
        assertThat(page.locator("#bulk-error")).containsText("default sender address");

        page.navigate(api.base() + "/seller/addresses");
        page.fill("#name", "Wang Fang");
        page.fill("#mobile", "13900139000");
        page.fill("#streetAddress", "6 Keji Road, Nanshan");
        page.fill("#city", "Shenzhen");
        page.fill("#postcode", "518057");
        page.click("[data-action=save-address]");
        assertThat(page.locator("#saved")).isVisible();

        page.navigate(api.base() + "/seller/orders?orderStatus=WAIT_SELLER_SEND_GOODS");
        five.forEach(id -> page.check("tr[data-order='" + id + "'] input[name=orderIds]"));
        page.locator("#bulk-defaults").evaluate("d => d.open = true");
        page.fill("#declaredNameCn", "耳机");
        page.click("[data-action=bulk-ship]");
        assertThat(page.locator("#bulk-results")).containsText("5 logistics orders created, 0 refused");
        assertThat(page.locator("[data-result][data-ok=yes]")).hasCount(5);

        five.forEach(id -> page.check("tr[data-order='" + id + "'] input[name=orderIds]"));
        page.check("tr[data-order='" + ids.getLast() + "'] input[name=orderIds]");
        page.locator("#bulk-defaults").evaluate("d => d.open = true");
        page.fill("#declaredNameCn", "耳机");
        page.click("[data-action=bulk-ship]");
        assertThat(page.locator("#bulk-results")).containsText("1 logistics orders created, 5 refused");
        assertThat(page.locator("[data-result='" + ids.getFirst() + "'][data-ok=no]"))
                .isVisible();

        five.forEach(id -> page.check("tr[data-order='" + id + "'] input[name=orderIds]"));
        var download = page.waitForDownload(() -> page.click("[data-action=bulk-labels]"));
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(5);
        }

        five.forEach(id -> page.check("tr[data-order='" + id + "'] input[name=orderIds]"));
        page.click("[data-action=bulk-notices]");
        assertThat(page.locator("#notice-results")).containsText("5 shipping notices filled in, 0 refused");
        Assertions.assertThat(shop.status(ids.getFirst())).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");

        page.navigate(api.base() + "/seller/orders?lang=zh-CN");
        var csv = page.waitForDownload(() -> page.click("[data-action=export-csv]"));
        var bytes = Files.readAllBytes(csv.path());
        Assertions.assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var rows = CSVFormat.EXCEL
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        Assertions.assertThat(rows).hasSize(7);
        Assertions.assertThat(rows.getFirst().get(0)).isEqualTo("订单");
        Assertions.assertThat(rows.stream().map(r -> r.get(2))).contains("等待买家收货", "等待您发货");
    }

    @Test
    @DisplayName(
            "R-S8 bulk shipping and the CSV keep to the seller: another's orders refused as not found, no SHIPPING 403, no"
                    + " ORDERS 403")
    void bulkAndExportKeepToTheSeller() {
        var shop = new Shop(api, 10, "GENERAL");
        var order = shop.paid(api.buyerToken(), 1);
        var other = new Shop(api, 10, "GENERAL");
        other.bindFreightAccount();
        Assertions.assertThat(api.post(
                                "/api/v1/seller-addresses",
                                other.seller,
                                Map.of(
                                        "type",
                                        "SENDER",
                                        "name",
                                        "Li",
                                        "mobile",
                                        "13800138000",
                                        "country",
                                        "CN",
                                        "city",
                                        "Shenzhen",
                                        "streetAddress",
                                        "1 Road",
                                        "postcode",
                                        "518000"))
                        .status())
                .isEqualTo(201);
        var stranger = logIn(other.settling.seller.email(), "secret-pass-1");
        stranger.navigate(api.base() + "/seller/orders");
        var refused = postForm(
                stranger,
                "/seller/orders/logistics-orders",
                Map.of("orderIds", String.valueOf(order), "declaredNameCn", "耳机"));
        Assertions.assertThat(refused.text()).contains("data-ok=\"no\"").contains("Not found");
        Assertions.assertThat(shop.status(order)).isEqualTo("WAIT_SELLER_SEND_GOODS");
        var csv = stranger.request().get(api.base() + "/seller/orders.csv");
        Assertions.assertThat(csv.text()).doesNotContain(String.valueOf(order));

        var ordersOnly = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        ordersOnly.navigate(api.base() + "/seller/orders");
        Assertions.assertThat(postForm(
                                ordersOnly,
                                "/seller/orders/logistics-orders",
                                Map.of("orderIds", String.valueOf(order), "declaredNameCn", "耳机"))
                        .status())
                .isEqualTo(403);
        var shippingOnly = logIn(api.subAccountEmail(shop.settling.seller, "SHIPPING"), "secret-pass-2");
        Assertions.assertThat(shippingOnly
                        .request()
                        .get(api.base() + "/seller/orders.csv")
                        .status())
                .isEqualTo(403);
    }
}
