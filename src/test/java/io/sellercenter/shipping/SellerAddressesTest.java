package io.sellercenter.shipping;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Shop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SellerAddressesTest extends BrowserTestBase {

    static Map<String, Object> address(String type, String name, String postcode) {
        var a = new HashMap<String, Object>();
        a.put("type", type);
        a.put("name", name);
        a.put("mobile", "13800138000");
        a.put("country", "CN");
        a.put("city", "Shenzhen");
        a.put("streetAddress", "18 Xixiang Avenue, Bao'an");
        a.put("postcode", postcode);
        return a;
    }

    @Test
    @DisplayName(
            "Sender addresses: the first is the default, one default per kind even under concurrent changes, the oldest"
                    + " takes over when the default goes; other sellers 404, no SHIPPING 403")
    void addressBookOverTheApi() throws Exception {
        var shop = new Shop(api, 10, "GENERAL");
        var first = api.post("/api/v1/seller-addresses", shop.seller, address("SENDER", "Li Wei", "518102"));
        Assertions.assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Assertions.assertThat(first.json().get("isDefault").asBoolean()).isTrue();
        var ids = new ArrayList<Long>();
        ids.add(first.json().get("addressId").asLong());
        for (int i = 0; i < 4; i++) {
            ids.add(api.post("/api/v1/seller-addresses", shop.seller, address("SENDER", "Clerk " + i, "518000"))
                    .json()
                    .get("addressId")
                    .asLong());
        }
        var abroad = address("PICKUP", "Li Wei", "10115");
        abroad.put("country", "DE");
        var refused = api.post("/api/v1/seller-addresses", shop.seller, abroad);
        Assertions.assertThat(refused.status()).isEqualTo(400);
        Assertions.assertThat(refused.text()).contains("ADDRESS_NOT_IN_CHINA");
        var badPostcode = api.post("/api/v1/seller-addresses", shop.seller, address("SENDER", "Li Wei", "51810"));
        Assertions.assertThat(badPostcode.text()).contains("\"field\":\"postcode\"");

        try (var pool = Executors.newFixedThreadPool(5)) {
            var calls = ids.stream()
                    .map(id -> (Callable<Integer>)
                            () -> api.post("/api/v1/seller-addresses/" + id + "/default", shop.seller, "")
                                    .status())
                    .toList();
            for (var f : pool.invokeAll(calls)) {
                Assertions.assertThat(f.get()).isEqualTo(200);
            }
        }
        var book = api.get("/api/v1/seller-addresses?type=SENDER", shop.seller).json();
        Assertions.assertThat(book.valueStream().filter(a -> a.get("isDefault").asBoolean()))
                .hasSize(1);
        var chosen = book.get(0).get("addressId").asLong();
        Assertions.assertThat(api.delete("/api/v1/seller-addresses/" + chosen, shop.seller)
                        .status())
                .isEqualTo(204);
        var after = api.get("/api/v1/seller-addresses?type=SENDER", shop.seller).json();
        Assertions.assertThat(after.size()).isEqualTo(4);
        Assertions.assertThat(after.get(0).get("isDefault").asBoolean()).isTrue();
        Assertions.assertThat(after.get(0).get("addressId").asLong())
                .isEqualTo(ids.stream().filter(id -> id != chosen).findFirst().orElseThrow());

        var stranger = api.registerSeller().token();
        Assertions.assertThat(api.get("/api/v1/seller-addresses/" + ids.get(1), stranger)
                        .status())
                .isEqualTo(404);
        Assertions.assertThat(api.delete("/api/v1/seller-addresses/" + ids.get(1), stranger)
                        .status())
                .isEqualTo(404);
        Assertions.assertThat(
                        api.get("/api/v1/seller-addresses", stranger).json().size())
                .isZero();
        var orders = api.subAccount(shop.settling.seller, "ORDERS");
        Assertions.assertThat(api.get("/api/v1/seller-addresses", orders).status())
                .isEqualTo(403);
        var shipping = api.subAccount(shop.settling.seller, "SHIPPING");
        Assertions.assertThat(
                        api.get("/api/v1/seller-addresses", shipping).json().size())
                .isEqualTo(4);
    }

    @Test
    @DisplayName(
            "The address page: errors beside the fields, the default marked and changed, and the default sender prefills"
                    + " the ship-online form; in Chinese too")
    void addressPagePrefillsShipping() {
        var shop = new Shop(api, 10, "GENERAL");
        var order = shop.paid(api.buyerToken(), 1);
        var page = logIn(shop.settling.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller");
        page.click("#sidebar a[href='/seller/addresses']");
        assertThat(page.locator("[data-type=SENDER]")).containsText("None yet");
        page.fill("#name", "Wang Fang");
        page.fill("#mobile", "13900139000");
        page.fill("#streetAddress", "6 Keji Road, Nanshan");
        page.fill("#city", "Shenzhen");
        page.fill("#postcode", "5180");
        page.click("[data-action=save-address]");
        assertThat(page.locator("[data-error-for=postcode]")).containsText("6 digits");
        assertThat(page.locator("#streetAddress")).hasValue("6 Keji Road, Nanshan");
        page.fill("#postcode", "518057");
        page.click("[data-action=save-address]");
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("[data-type=SENDER] [data-default]")).hasCount(1);

        page.fill("#name", "Zhao Lei");
        page.fill("#mobile", "13700137000");
        page.fill("#streetAddress", "99 Bao'an Avenue");
        page.fill("#city", "Shenzhen");
        page.fill("#postcode", "518101");
        page.click("[data-action=save-address]");
        var zhao =
                page.locator("[data-type=SENDER] .list-group-item", new Page.LocatorOptions().setHasText("Zhao Lei"));
        assertThat(zhao.locator("[data-default]")).hasCount(0);
        zhao.locator("[data-action=make-default]").click();
        assertThat(page.locator("[data-type=SENDER] .list-group-item", new Page.LocatorOptions().setHasText("Zhao Lei"))
                        .locator("[data-default]"))
                .hasCount(1);

        shop.bindFreightAccount();
        page.navigate(api.base() + "/seller/orders/" + order + "/online?step=2");
        page.fill("#lengthCm", "12");
        page.fill("#widthCm", "10");
        page.fill("#heightCm", "6");
        page.fill("#itemNameCn", "耳机");
        page.click("[data-action=next]");
        assertThat(page.locator("#steps li[aria-current=step]")).hasAttribute("data-step", "ADDRESSES");
        assertThat(page.locator("#senderName")).hasValue("Zhao Lei");
        assertThat(page.locator("#senderAddress")).hasValue("99 Bao'an Avenue");
        assertThat(page.locator("#senderZip")).hasValue("518101");

        page.navigate(api.base() + "/seller/addresses?lang=zh-CN");
        assertThat(page.locator("h1")).hasText("发货与揽收地址");
        Assertions.assertThat(List.of(
                        page.locator("[data-type=SENDER] .list-group-item").count()))
                .containsExactly(2);
    }

    @Test
    @DisplayName(
            "R-S8 another seller's address is not found on any page route; without SHIPPING a sub-account gets 403")
    void addressPagesKeepTenancy() {
        var shop = new Shop(api, 10, "GENERAL");
        var id = api.post("/api/v1/seller-addresses", shop.seller, address("SENDER", "Li Wei", "518102"))
                .json()
                .get("addressId")
                .asLong();
        var path = "/seller/addresses/" + id;

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(stranger.navigate(api.base() + path).status()).isEqualTo(404);
        stranger.navigate(api.base() + "/seller/addresses");
        for (var post : List.of(path, path + "/default", path + "/delete")) {
            Assertions.assertThat(postForm(stranger, post, Map.of("name", "x")).status())
                    .as(post)
                    .isEqualTo(404);
        }

        var orders = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        Assertions.assertThat(orders.navigate(api.base() + path).status()).isEqualTo(403);
        Assertions.assertThat(orders.navigate(api.base() + "/seller/dashboard/undeliverable")
                        .status())
                .isEqualTo(403);
        orders.navigate(api.base() + "/seller");
        Assertions.assertThat(postForm(orders, path + "/delete", Map.of()).status())
                .isEqualTo(403);
        Assertions.assertThat(
                        api.get("/api/v1/seller-addresses", shop.seller).json().size())
                .isEqualTo(1);
    }
}
