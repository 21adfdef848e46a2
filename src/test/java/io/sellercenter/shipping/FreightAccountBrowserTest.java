package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.commons.csv.CSVFormat;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FreightAccountBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-H2 the finance page: a bad agreement number beside its field (input kept), bound, the ledger filtered by"
                    + " kind and dates, exported as CSV that Excel reads in Chinese")
    void bindFilterAndExport() throws Exception {
        var shop = new Shop(api, 10, "GENERAL");
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller/freight-account");
        assertThat(page.locator("#freight-status")).containsText("Not bound");
        page.fill("#accountNo", "finance@test.cn");
        page.fill("#agreementNo", "12-34");
        page.click("[data-action=bind]");
        assertThat(page.locator("[data-error-for=agreementNo]")).isVisible();
        assertThat(page.locator("#accountNo")).hasValue("finance@test.cn");
        page.fill("#agreementNo", "20881234567890");
        page.click("[data-action=bind]");
        assertThat(page.locator("#freight-status")).containsText("Bound");

        for (int i = 0; i < 2; i++) {
            var created = api.post(
                    "/api/v1/logistics-orders",
                    shop.seller,
                    LogisticsOrderApiTest.body(
                            shop.paid(api.buyerToken(), 1), "CAINIAO_STANDARD", "GENERAL", "SELF_SEND", "518102"));
            Assertions.assertThat(created.status()).isEqualTo(201);
            if (i == 0) {
                api.post(
                        "/api/v1/logistics-orders/"
                                + created.json().get("logisticsOrderId").asLong() + "/cancel",
                        shop.seller,
                        "");
            }
        }
        var released = api.get("/api/v1/freight-account/ledger?kind=RELEASE", shop.seller)
                .json();
        Assertions.assertThat(released.get("total").asLong()).isEqualTo(1);
        Assertions.assertThat(api.get("/api/v1/freight-account/ledger?kind=HOLD&kind=RELEASE", shop.seller)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        var orders = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        Assertions.assertThat(orders.request()
                        .get(api.base() + "/seller/freight-account/ledger.csv")
                        .status())
                .isEqualTo(403);
        orders.context().close();

        page.navigate(api.base() + "/seller/freight-account");
        assertThat(page.locator("#freight-ledger tbody tr")).hasCount(3);
        page.selectOption("#kind", "RELEASE");
        page.click("[data-action=filter]");
        assertThat(page.locator("#freight-ledger tbody tr")).hasCount(1);
        assertThat(page.locator("#freight-ledger tbody tr")).containsText("Hold released");
        var tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();
        page.fill("#from", tomorrow);
        page.click("[data-action=filter]");
        assertThat(page.locator("#ledger-empty")).isVisible();

        page.navigate(api.base() + "/seller/freight-account?lang=zh-CN&kind=HOLD");
        var download = page.waitForDownload(() -> page.click("[data-action=export-csv]"));
        var bytes = Files.readAllBytes(download.path());
        Assertions.assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var rows = CSVFormat.EXCEL
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        Assertions.assertThat(rows).hasSize(3);
        Assertions.assertThat(rows.getFirst().get(1)).isEqualTo("类型");
        Assertions.assertThat(rows.get(1).get(1)).isEqualTo("预估运费冻结");
        Assertions.assertThat(rows.get(1).get(4)).matches("[A-Z]{3}");
    }
}
