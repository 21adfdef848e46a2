package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogisticsNetworkBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName("R-H6 the admin sees the channels' rates and keeps transit warehouses and their collection ranges")
    void adminKeepsTransitWarehouses() {
        var code = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        var page = logIn("admin@demo.local", DEMO_PASSWORD);

        page.click("a[data-nav=logistics]");
        assertThat(page.locator("#channels tr[data-service=CAINIAO_STANDARD]")).containsText("per kg");

        page.fill("#code", code);
        page.fill("#name", "Cainiao Test Transit Warehouse");
        page.fill("#sortCode", code + "-01");
        page.fill("#address", "9 Test Road, Hangzhou");
        page.fill("#postalPrefixes", "9991, 99x");
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=postalPrefixes]")).isVisible();
        assertThat(page.locator("#name")).hasValue("Cainiao Test Transit Warehouse");

        page.fill("#postalPrefixes", "9991，9992; 9991");
        page.click("[data-action=save]");
        assertThat(page.locator("#saved")).containsText(code);
        var row = page.locator("#transit-warehouses tr[data-warehouse=" + code + "]");
        assertThat(row).containsText("9991, 9992");

        row.locator("[data-action=edit]").click();
        assertThat(page.locator("#code")).not().isEditable();
        page.fill("#name", "Cainiao Hangzhou Test Warehouse");
        page.click("[data-action=save]");
        assertThat(page.locator("#transit-warehouses tr[data-warehouse=" + code + "]"))
                .containsText("Cainiao Hangzhou Test Warehouse");

        var seller = api.registerSeller();
        Assertions.assertThat(api.get("/api/v1/transit-warehouses", seller.token())
                        .json()
                        .valueStream()
                        .filter(w -> w.get("code").asString().equals(code))
                        .map(w -> w.get("postalPrefixes").toString()))
                .containsExactly("[\"9991\",\"9992\"]");
    }

    @Test
    @DisplayName("Only the platform admin keeps the logistics network")
    void reviewersAreRefused() {
        var reviewer = logIn("reviewer@demo.local", DEMO_PASSWORD);
        assertThat(reviewer.locator("a[data-nav=logistics]")).hasCount(0);
        Assertions.assertThat(reviewer.navigate(api.base() + "/staff/logistics").status())
                .isEqualTo(403);
        Assertions.assertThat(reviewer.navigate(api.base() + "/staff/logistics/transit-warehouses/SZX")
                        .status())
                .isEqualTo(403);
    }
}
