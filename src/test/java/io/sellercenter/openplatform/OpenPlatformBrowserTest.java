package io.sellercenter.openplatform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.sun.net.httpserver.HttpServer;
import io.sellercenter.BrowserTestBase;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpenPlatformBrowserTest extends BrowserTestBase {

    private final List<String> callbacks = new CopyOnWriteArrayList<>();
    private HttpServer erp;

    /** The ERP's callback on loopback: records each query it gets and answers a plain page. */
    private String erp() throws IOException {
        erp = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        erp.createContext("/callback", exchange -> {
            callbacks.add(exchange.getRequestURI().getRawQuery());
            var body = "<!DOCTYPE html><title>ERP</title><p>Connected</p>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        erp.start();
        return "http://127.0.0.1:" + erp.getAddress().getPort() + "/callback";
    }

    @AfterEach
    void stop() {
        if (erp != null) {
            erp.stop(0);
        }
    }

    @Test
    @DisplayName(
            "A seller registers an ERP app, sees its secret once, takes a token, subscribes, authorizes it and revokes it")
    void registerAuthorizeRevoke() throws IOException {
        var callback = erp();
        var seller = api.registerSeller();
        var page = logIn(seller.email(), "secret-pass-1");
        page.click("#sidebar [data-nav=open-platform]");
        assertThat(page.locator("h1")).hasText("Open platform: ERP apps");

        page.fill("#name", "Mabang ERP");
        page.fill("#callbackUrl", "erp.example.com/callback");
        page.click("[data-action=register-app]");
        assertThat(page.locator("[data-error-for=callbackUrl]")).containsText("https://");
        assertThat(page.locator("#name")).hasValue("Mabang ERP");

        page.fill("#callbackUrl", callback);
        page.click("[data-action=register-app]");
        assertThat(page.locator("#app-secret")).hasText(java.util.regex.Pattern.compile("^[0-9A-F]{32}$"));
        var appKey = page.locator("#app-key").textContent();
        assertThat(appKey).matches("[0-9]{9}");
        page.reload();
        assertThat(page.locator("#app-secret")).hasCount(0);

        page.click("[data-action=take-token]");
        assertThat(page.locator("#access-token")).hasText(java.util.regex.Pattern.compile("^[0-9A-F]{48}$"));
        page.locator("input[name=topics][value=ORDER_WAIT_SELLER_SEND_GOODS]").check();
        page.click("[data-action=subscribe]");
        assertThat(page.locator("input[name=topics][value=ORDER_WAIT_SELLER_SEND_GOODS]"))
                .isChecked();
        var violations = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId())
                        .toList();
        assertThat(violations).isEmpty();

        page.navigate(api.base() + "/oauth/authorize?response_type=code&client_id=" + appKey + "&redirect_uri="
                + URLEncoder.encode(callback, StandardCharsets.UTF_8) + "&state=s-1");
        assertThat(page.locator("#asking")).containsText("Mabang ERP");
        page.click("[data-action=approve]");
        page.waitForURL(url -> url.startsWith(callback));
        assertThat(callbacks).singleElement().satisfies(q -> assertThat(q).matches("code=[0-9A-F]{32}&state=s-1"));

        page.navigate(api.base() + "/oauth/authorize?response_type=code&client_id=" + appKey
                + "&redirect_uri=https%3A%2F%2Fevil.example%2F&state=s-2");
        assertThat(page.locator("[data-error-for=authorize]")).containsText("callback URL");
        assertThat(page.locator("[data-action=approve]")).hasCount(0);

        page.navigate(api.base() + "/seller/open-platform");
        page.click("#apps a");
        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains("Mabang ERP");
            dialog.accept();
        });
        page.click("[data-action=revoke-app]");
        assertThat(page.locator("h1 .badge")).hasText("Revoked");
        assertThat(page.locator("[data-action=take-token]")).hasCount(0);
        page.context().close();
    }

    @Test
    @DisplayName("The apps page in Chinese on a phone: labels, the error beside the field, no sideways scrolling")
    void chineseOnAPhone() {
        var seller = api.registerSeller();
        var page = browser.newContext(
                        new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844))
                .newPage();
        page.navigate(api.base() + "/login");
        page.fill("#email", seller.email());
        page.fill("#password", "secret-pass-1");
        page.click("main button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(api.base() + "/seller/open-platform");
        assertThat(page.locator("h1")).hasText("开放平台：ERP 应用");
        page.click("[data-action=register-app]");
        assertThat(page.locator("[data-error-for=name]")).isVisible();
        assertThat(page.locator("[data-error-for=callbackUrl]")).isVisible();
        var overflow =
                (Boolean) page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(overflow).isFalse();
        page.context().close();
    }
}
