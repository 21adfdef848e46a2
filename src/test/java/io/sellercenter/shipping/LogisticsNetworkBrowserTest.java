package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import io.sellercenter.BrowserTestBase;
import java.util.Map;
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
        page.fill("#code", "SZX");
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=code]")).containsText("taken");
        page.fill("#code", code);
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
    @DisplayName("R-H3 R-H4 the admin adds a channel with its rate table, errors beside the cells, then changes a rate")
    void adminKeepsChannelsAndRates() {
        var code = "TL_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        var page = logIn("admin@demo.local", DEMO_PASSWORD);

        page.navigate(api.base() + "/staff/logistics");
        page.click("[data-action=new-channel]");
        page.fill("#serviceCode", "CAINIAO_STANDARD");
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=serviceCode]")).containsText("taken");
        page.fill("#serviceCode", code);
        page.fill("#nameEn", "Test Line");
        page.fill("#nameZh", "测试专线");
        page.check("input[name=acceptedGoodsTypes][value=BATTERY]");
        page.fill("#destinationCountries", "NZ, FJ");
        page.fill("#deliveryDays", "12");
        page.fill("#returnFee", "25.00");
        page.fill("[name='rates[0].zone']", "1");
        page.fill("[name='rates[0].countries']", "NZ");
        page.fill("[name='rates[0].perKg']", "60.00");
        page.fill("[name='rates[0].perParcel']", "18.00");
        page.fill("[name='rates[0].roundingGrams']", "10");
        page.fill("[name='rates[0].volumetricDivisor']", "8000");
        page.fill("[name='rates[1].zone']", "2");
        page.fill("[name='rates[1].countries']", "FJ");
        page.fill("[name='rates[1].perKg']", "sixty");
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for='rates[1].perKg']")).isVisible();
        assertThat(page.locator("[data-error-for='rates[1].roundingGrams']")).isVisible();
        assertThat(page.locator("[name='rates[0].perKg']")).hasValue("60.00");

        page.fill("[name='rates[1].perKg']", "70.00");
        page.fill("[name='rates[1].perParcel']", "20.00");
        page.fill("[name='rates[1].roundingGrams']", "10");
        page.fill("[name='rates[1].volumetricDivisor']", "8000");
        page.click("[data-action=save]");
        assertThat(page.locator("#saved-channel")).containsText(code);
        assertThat(page.locator("#channels tr[data-service=" + code + "]")).containsText("70.00");

        page.click("#channels tr[data-service=" + code + "] [data-action=edit-channel]");
        assertThat(page.locator("#serviceCode")).not().isEditable();
        page.fill("[name='rates[0].perKg']", "55.00");
        page.fill("[name='rates[1].zone']", "");
        page.fill("[name='rates[1].countries']", "");
        page.fill("[name='rates[1].perKg']", "");
        page.fill("[name='rates[1].perParcel']", "");
        page.uncheck("#enabled1");
        page.click("[data-action=save]");
        assertThat(page.locator("#saved-channel")).containsText(code);

        var saved = api.get("/api/v1/logistics-channels", api.registerSeller().token())
                .json()
                .valueStream()
                .filter(c -> c.get("serviceCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
        Assertions.assertThat(saved.get("enabled").asBoolean()).isFalse();
        Assertions.assertThat(saved.get("acceptedGoodsTypes").toString()).contains("GENERAL", "BATTERY");
        Assertions.assertThat(saved.get("rates").size())
                .as("the emptied zone is dropped")
                .isEqualTo(1);
        Assertions.assertThat(
                        saved.get("rates").get(0).get("perKg").get("amount").asString())
                .isEqualTo("55.00");
    }

    @Test
    @DisplayName(
            "Only the platform admin keeps the logistics network: reviewers and sellers are refused, pages and posts")
    void reviewersAreRefused() {
        var reviewer = logIn("reviewer@demo.local", DEMO_PASSWORD);
        assertThat(reviewer.locator("a[data-nav=logistics]")).hasCount(0);
        Assertions.assertThat(reviewer.navigate(api.base() + "/staff/logistics").status())
                .isEqualTo(403);
        Assertions.assertThat(reviewer.navigate(api.base() + "/staff/logistics/transit-warehouses/SZX")
                        .status())
                .isEqualTo(403);
        Assertions.assertThat(reviewer.navigate(api.base() + "/staff/logistics/channels/new")
                        .status())
                .isEqualTo(403);
        reviewer.navigate(api.base() + "/staff");
        var warehouse = postForm(
                reviewer,
                "/staff/logistics/transit-warehouses",
                Map.of(
                        "code", "RVW",
                        "name", "Not mine to add",
                        "sortCode", "RVW-01",
                        "address", "1 Road",
                        "postalPrefixes", "8888"));
        Assertions.assertThat(warehouse.status()).isEqualTo(403);
        Assertions.assertThat(warehouse.text())
                .as("refused for the role, not for a bad CSRF token")
                .contains("Platform admin");
        Assertions.assertThat(postForm(reviewer, "/staff/logistics/channels", Map.of("serviceCode", "RVW_LINE"))
                        .status())
                .isEqualTo(403);
        Assertions.assertThat(api.get(
                                "/api/v1/transit-warehouses",
                                api.registerSeller().token())
                        .text())
                .doesNotContain("RVW");

        var seller = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(seller.navigate(api.base() + "/staff/logistics").status())
                .isEqualTo(403);
        Assertions.assertThat(postForm(seller, "/staff/logistics/channels", Map.of("serviceCode", "SLR_LINE"))
                        .status())
                .isEqualTo(403);
    }
}
