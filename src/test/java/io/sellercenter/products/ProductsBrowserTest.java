package io.sellercenter.products;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Settling;
import io.sellercenter.Shop;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProductsBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-S4 a product with two SKUs made in the page (zh): errors beside each SKU field, saved, found by SKU, delisted"
                    + " (buyers cannot order it) and listed again")
    void createEditDelistInThePage() {
        var settling = new Settling(api);
        settling.settledWithStore();
        var page = logIn(settling.seller.email(), "secret-pass-1");
        page.onDialog(d -> d.accept());
        page.navigate(api.base() + "/seller/products?lang=zh-CN");
        assertThat(page.locator("#empty")).isVisible();
        page.click("[data-action=new-product]");
        page.fill("#title", "Power bank 10000 mAh");
        page.selectOption("#goodsType", "BATTERY");
        page.fill("#skus0-price", "12.345");
        page.fill("#skus0-weightGrams", "280");
        page.fill("#skus0-lengthCm", "14");
        page.fill("#skus0-widthCm", "7");
        page.fill("#skus0-heightCm", "2.5");
        page.click("[data-action=save-product]");

        assertThat(page.locator("[data-error-for='skus[0].skuCode']")).isVisible();
        assertThat(page.locator("[data-error-for='skus[0].price.amount']")).containsText("12.50");
        assertThat(page.locator("#title")).hasValue("Power bank 10000 mAh");
        assertThat(page.locator("#skus0-weightGrams")).hasValue("280");

        var black = "PB-" + System.nanoTime();
        var white = black + "-W";
        page.fill("#skus0-skuCode", black);
        page.fill("#skus0-price", "12.50");
        page.fill("[name='skus[0].attributes[color]']", "Black");
        page.click("[data-action=add-row]");
        page.fill("#skus1-skuCode", white);
        page.fill("[name='skus[1].attributes[color]']", "White");
        page.fill("#skus1-price", "12.90");
        page.fill("#skus1-weightGrams", "285");
        page.fill("#skus1-lengthCm", "14");
        page.fill("#skus1-widthCm", "7");
        page.fill("#skus1-heightCm", "2.5");
        page.fill("#skus1-hsCode", "85076000");
        page.click("[data-action=save-product]");
        assertThat(page.locator("#saved")).isVisible();
        assertThat(page.locator("#product-status")).hasAttribute("data-status", "ON_SALE");
        var productId = Long.parseLong(page.url().replaceAll(".*/seller/products/(\\d+).*", "$1"));
        var product = api.get("/api/v1/products/" + productId, settling.seller.token())
                .json();
        Assertions.assertThat(product.get("skus")).hasSize(2);
        Assertions.assertThat(product.at("/skus/1/attributes/color").asString()).isEqualTo("White");
        Assertions.assertThat(product.at("/skus/1/price/amount").asString()).isEqualTo("12.90");
        Assertions.assertThat(product.at("/skus/0/hsCode").isNull()).isTrue();
        assertThat(page.locator("#no-overseas")).isVisible();

        page.locator("#skus [data-row]")
                .nth(0)
                .locator("[data-action=remove-row]")
                .click();
        assertThat(page.locator("#skus0-skuCode")).hasValue(white);
        page.click("[data-action=save-product]");
        assertThat(page.locator("#saved")).isVisible();
        Assertions.assertThat(api.get("/api/v1/products/" + productId, settling.seller.token())
                        .json()
                        .get("skus"))
                .hasSize(1);

        page.navigate(api.base() + "/seller/products");
        page.fill("#q", white.toLowerCase());
        page.click("[data-action=filter]");
        assertThat(page.locator("#products tbody tr")).hasCount(1);
        page.selectOption("#goodsType", "GENERAL");
        page.click("[data-action=filter]");
        assertThat(page.locator("#empty")).isVisible();

        page.navigate(api.base() + "/seller/products/" + productId);
        page.click("[data-action=delist]");
        assertThat(page.locator("#product-status")).hasAttribute("data-status", "DELISTED");
        var order = api.post(
                "/api/v1/storefront/orders",
                api.buyerToken(),
                Map.of(
                        "items", List.of(Map.of("productId", productId, "skuCode", white, "quantity", 1)),
                        "shippingAddress", Shop.address(),
                        "logisticsServiceCode", "CAINIAO_STANDARD"));
        Assertions.assertThat(order.status()).as(order.toString()).isEqualTo(400);
        page.navigate(api.base() + "/seller/products?status=DELISTED");
        assertThat(page.locator("#products tbody tr")).hasCount(1);
        page.click("[data-action=open-product]");
        page.click("[data-action=relist]");
        assertThat(page.locator("#product-status")).hasAttribute("data-status", "ON_SALE");
    }

    @Test
    @DisplayName("Product pages: another seller gets 404, a sub-account without PRODUCTS 403, one with it may edit")
    void tenancy() {
        var shop = new Shop(api, 10, "GENERAL");
        var path = "/seller/products/" + shop.productId;
        var stranger = api.registerSeller();
        var other = logIn(stranger.email(), "secret-pass-1");
        Assertions.assertThat(other.navigate(api.base() + path).status()).isEqualTo(404);
        other.navigate(api.base() + "/seller/products");
        Assertions.assertThat(postForm(other, path + "/delist", Map.of()).status())
                .isEqualTo(404);
        Assertions.assertThat(api.get("/api/v1/products/" + shop.productId, shop.settling.seller.token())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ON_SALE");

        var orders = logIn(api.subAccountEmail(shop.settling.seller, "ORDERS"), "secret-pass-2");
        for (var p : List.of("/seller/products", "/seller/products/new", path)) {
            Assertions.assertThat(orders.navigate(api.base() + p).status())
                    .as(p)
                    .isEqualTo(403);
        }
        var clerk = logIn(api.subAccountEmail(shop.settling.seller, "PRODUCTS"), "secret-pass-2");
        clerk.navigate(api.base() + "/seller/products");
        clerk.locator("#products tr", new Page.LocatorOptions().setHasText(shop.sku))
                .locator("[data-action=open-product]")
                .click();
        clerk.fill("#handlingDays", "4");
        clerk.click("[data-action=save-product]");
        assertThat(clerk.locator("#saved")).isVisible();
        Assertions.assertThat(api.get("/api/v1/products/" + shop.productId, shop.settling.seller.token())
                        .json()
                        .get("handlingDays")
                        .asInt())
                .isEqualTo(4);
    }
}
