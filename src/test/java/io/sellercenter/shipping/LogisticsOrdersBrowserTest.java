package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LogisticsOrdersBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H15 logistics orders: tabs with counts, many found by order numbers, one PDF of the ticked labels, notices for"
                    + " the ticked, each refusal named")
    void listFindPrintAndNotify() throws Exception {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var first = shop.paid(api.buyerToken(), 1);
        var second = shop.paid(api.buyerToken(), 1);
        var unshipped = shop.paid(api.buyerToken(), 1);
        var waybills = new ArrayList<String>();
        for (var order : List.of(first, second)) {
            waybills.add(create(shop, order).get("intlTrackingNo").asString());
        }
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller");
        assertThat(page.locator("[data-todo=undeliverable]")).containsText("0");
        page.click("#sidebar a[href='/seller/logistics-orders']");
        assertThat(page.locator("#sidebar a[href='/seller/logistics-orders']")).hasClass(Pattern.compile("active"));
        assertThat(page.locator("[data-tab=AWAITING]")).containsText("Awaiting pickup or drop-off");
        assertThat(page.locator("[data-tab=AWAITING] .badge")).hasText("2");
        assertThat(page.locator("[data-tab=DELIVERED] .badge")).hasText("0");
        assertThat(page.locator("tr[data-order='" + first + "']")).containsText(waybills.get(0));
        assertThat(page.locator("tr[data-order='" + first + "'] [data-status]")).hasText("Awaiting drop-off");

        page.fill("#q", first + "\n" + second + ", " + unshipped);
        page.click("[data-action=search]");
        assertThat(page.locator("#logistics-orders tbody tr")).hasCount(2);
        page.fill("#q", waybills.get(1));
        page.click("[data-action=search]");
        assertThat(page.locator("#logistics-orders tbody tr")).hasCount(1);
        page.click("[data-tab=DELIVERED]");
        assertThat(page.locator("#empty")).containsText("Nothing found");
        page.click("[data-tab=ALL]");

        page.fill("#q", "");
        page.click("[data-action=search]");
        page.click("[data-action=export]");
        assertThat(page.locator("[data-error-for=ids]")).containsText("Tick at least one label");

        page.check("tr[data-order='" + second + "'] input[name=ids]");
        var download = page.waitForDownload(() -> page.click("[data-action=export]"));
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            Assertions.assertThat(new PDFTextStripper().getText(pdf))
                    .contains(waybills.get(1))
                    .doesNotContain(waybills.get(0));
        }

        page.navigate(api.base() + "/seller/logistics-orders");
        page.click("[data-action=notices]");
        assertThat(page.locator("[data-error-for=ids]")).containsText("Tick at least one parcel");
        page.check("#select-all");
        page.click("[data-action=notices]");
        assertThat(page.locator("#notice-results")).containsText("2 shipping notices filled in, 0 refused");
        Assertions.assertThat(shop.status(first)).isEqualTo("WAIT_BUYER_ACCEPT_GOODS");
        page.check("#select-all");
        page.click("[data-action=notices]");
        assertThat(page.locator("#notice-results")).containsText("0 shipping notices filled in, 2 refused");
        assertThat(page.locator("[data-refused='" + first + "']")).containsText("Order " + first + ":");

        page.navigate(api.base() + "/seller/logistics-orders?lang=zh-CN");
        assertThat(page.locator("[data-tab=AWAITING]")).containsText("等待揽收或交货");
        assertThat(page.locator("h1")).hasText("物流订单");
    }

    @Test
    @DisplayName(
            "R-H2 a parcel's page: freight, timeline, cancel before receipt (hold released), refused once received; the"
                    + " dashboard counts undeliverable parcels")
    void parcelPageCancelAndTimeline() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var kept = create(shop, shop.paid(api.buyerToken(), 1));
        var dropped = create(shop, shop.paid(api.buyerToken(), 1));
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/logistics-orders/"
                + dropped.get("logisticsOrderId").asLong());
        assertThat(page.locator("#estimated-freight")).not().isEmpty();
        assertThat(page.locator("#no-tracking")).isVisible();
        page.onceDialog(dialog -> dialog.accept());
        page.click("[data-action=cancel]");
        assertThat(page.locator("#cancelled")).isVisible();
        assertThat(page.locator("h1 [data-status]")).hasText("Cancelled");
        assertThat(page.locator("[data-action=cancel]")).hasCount(0);

        var waybill = kept.get("intlTrackingNo").asString();
        var received = LogisticsOrderApiTest.carrierEvent(
                api,
                "{\"intlTrackingNo\":\"" + waybill + "\",\"actionCode\":\"SC_INBOUND_SUCCESS\","
                        + "\"occurredAt\":\"2026-11-23T08:00:00Z\",\"location\":\"Shenzhen\",\"weightGrams\":480}");
        Assertions.assertThat(received.status()).isEqualTo(200);
        var id = kept.get("logisticsOrderId").asLong();
        page.navigate(api.base() + "/seller/logistics-orders/" + id);
        assertThat(page.locator("#tracking li[data-action-code=SC_INBOUND_SUCCESS]"))
                .containsText("Shenzhen");
        assertThat(page.locator("[data-action=cancel]")).hasCount(0);
        var refused = postForm(page, "/seller/logistics-orders/" + id + "/cancel", Map.of());
        Assertions.assertThat(refused.text()).contains("id=\"refused\"");

        page.navigate(api.base() + "/seller/logistics-orders?tab=CANCELLED");
        assertThat(page.locator("[data-tab=CANCELLED] .badge")).hasText("1");
        assertThat(page.locator("#logistics-orders tbody tr")).hasCount(1);

        var failed = LogisticsOrderApiTest.carrierEvent(
                api,
                "{\"intlTrackingNo\":\"" + waybill + "\",\"actionCode\":\"GTMS_DEL_FAILURE\","
                        + "\"occurredAt\":\"2026-11-30T08:00:00Z\",\"location\":\"Los Angeles\"}");
        Assertions.assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        page.navigate(api.base() + "/seller");
        assertThat(page.locator("[data-todo=undeliverable]")).containsText("1");
        page.click("[data-todo=undeliverable]");
        assertThat(page.locator("[data-tab=UNDELIVERABLE]")).hasAttribute("aria-current", "page");
        assertThat(page.locator("tr[data-logistics-order='" + id + "']")).isVisible();
    }

    @Test
    @DisplayName(
            "R-S8 logistics orders keep to their seller (404, labels refused beside the list) and to SHIPPING (403)")
    void logisticsOrdersKeepToTheSellerAndItsShippers() {
        var shop = new Shop(api, 10, "GENERAL");
        shop.bindFreightAccount();
        var created = create(shop, shop.paid(api.buyerToken(), 1));
        var id = String.valueOf(created.get("logisticsOrderId").asLong());
        var waybill = created.get("intlTrackingNo").asString();

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(stranger.navigate(api.base() + "/seller/logistics-orders/" + id)
                        .status())
                .isEqualTo(404);
        stranger.navigate(api.base() + "/seller/logistics-orders?q=" + waybill);
        assertThat(stranger.locator("#empty")).isVisible();
        var asked = exportLabels(stranger, id);
        Assertions.assertThat(asked.headers().get("content-type")).doesNotContain("pdf");
        Assertions.assertThat(asked.text())
                .doesNotContain(waybill)
                .as("the refusal is shown even though the stranger has no labels of its own")
                .contains("data-error-for=\"ids\"")
                .contains("Not found: it does not exist or is not yours.");
        Assertions.assertThat(postForm(stranger, "/seller/logistics-orders/" + id + "/cancel", Map.of())
                        .status())
                .isEqualTo(404);
        Assertions.assertThat(shop.status(created.get("orderId").asLong())).isEqualTo("WAIT_SELLER_SEND_GOODS");

        var orders = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        Assertions.assertThat(
                        orders.navigate(api.base() + "/seller/logistics-orders").status())
                .isEqualTo(403);
        Assertions.assertThat(orders.navigate(api.base() + "/seller/logistics-orders/" + id)
                        .status())
                .isEqualTo(403);
        orders.navigate(api.base() + "/seller/orders");
        var refused = exportLabels(orders, id);
        Assertions.assertThat(refused.status()).isEqualTo(403);
        Assertions.assertThat(refused.text())
                .as("refused for the permission, not for a bad CSRF token")
                .contains("needs the Shipping permission");
        Assertions.assertThat(postForm(orders, "/seller/logistics-orders/shipping-notices", Map.of("ids", id))
                        .status())
                .isEqualTo(403);
    }

    private JsonNode create(Shop shop, long order) {
        var created = api.post(
                "/api/v1/logistics-orders",
                shop.seller,
                LogisticsOrderApiTest.body(order, "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));
        Assertions.assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** The list's export form posted with the CSRF token of the page open, as the browser would. */
    private APIResponse exportLabels(Page page, String id) {
        return postForm(page, "/seller/logistics-orders/labels", Map.of("ids", id));
    }
}
