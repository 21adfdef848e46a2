package io.sellercenter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every page of the sidebar, for a seller, a reviewer and an admin, on a laptop and a phone, in English and
 * Chinese: no horizontal scrolling, no console error, and words on the page, never codes: no ALL_CAPS token outside
 * the listed abbreviations, no true/false. No serious or critical accessibility violation (axe-core) in either
 * language nor at either width: English scanned on the laptop, Chinese on the phone, which keeps the scan (most of
 * this test's time) within the suite's budget.
 */
class WorkspaceBrowserTest extends BrowserTestBase {

    private static final List<int[]> VIEWPORTS = List.of(new int[] {1366, 900}, new int[] {390, 844});
    private static final List<String> LANGUAGES = List.of("en-US", "zh-CN");

    /** Abbreviations and codes a seller needs to see as they are. */
    private static final Set<String> ALLOWED = Set.of(
            "API",
            "ID",
            "SKU",
            "SKUS",
            "HS",
            "PDF",
            "CSV",
            "USD",
            "CNY",
            "EUR",
            "GBP",
            "JPY",
            "ZPL",
            "GMT",
            "UTC",
            "LP",
            "EMS",
            "DHL",
            "UPS",
            "USPS",
            "SF",
            "YTO",
            "CN",
            "US",
            "DE",
            "GB",
            "FR",
            "ES",
            "IT",
            "PL",
            "CZ",
            "RU",
            "AU",
            "JPEG",
            "PNG",
            "MIB",
            "KB",
            "MB",
            "A4",
            "VX",
            "EB",
            "CB",
            "CS",
            "PB",
            "BLK",
            "WHT",
            "GRY",
            "CM",
            "KG",
            "3C",
            "USB",
            "LA1",
            "FR2",
            "OK",
            "HTTP",
            "HTTPS",
            "URL",
            "WC",
            "S10",
            "ERP",
            "PM",
            "AM",
            "CAINIAO",
            "BG",
            "TL",
            "ISO",
            "NMPA",
            "EN",
            "ASTM",
            "CE",
            "FCC",
            "EU",
            "UK",
            // in country names as the JDK writes them ("Hong Kong SAR China")
            "SAR");

    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    /** A word in capitals; words with digits or hyphens (SKU codes, waybills, addresses) are the seller's data. */
    private static final Pattern CAPS = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9_-]*[A-Z0-9](?![\\w-])");

    private static final Pattern BOOLEAN = Pattern.compile("\\b(true|false)\\b");

    @Test
    void everySidebarPageFitsReadsAsWordsAndPassesTheAccessibilityScan() {
        var soft = new SoftAssertions();
        for (var account : List.of("seller@demo.local", "reviewer@demo.local", "admin@demo.local")) {
            var pages = sidebarPages(account);
            soft.assertThat(pages).as(account + " sidebar").isNotEmpty();
            for (var language : LANGUAGES) {
                for (var viewport : VIEWPORTS) {
                    var scan = LANGUAGES.indexOf(language) == VIEWPORTS.indexOf(viewport);
                    check(soft, account, language, viewport, pages, scan);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void afterLoginTheSellerLandsOnThePageAskedForAndABadMessageComesBackBesideItsField() {
        var order = api.get("/api/v1/orders?size=1", api.token("seller@demo.local", DEMO_PASSWORD))
                .json()
                .get("items")
                .get(0)
                .get("orderId")
                .asLong();
        var page = browser.newContext().newPage();
        page.navigate(api.base() + "/seller/orders/" + order);
        page.waitForURL("**/login");
        page.fill("#email", "seller@demo.local");
        page.fill("#password", DEMO_PASSWORD);
        page.click("main button[type=submit]");
        // Spring Security marks the restored request with ?continue
        page.waitForURL(url -> url.matches(".*/seller/orders/" + order + "(\\?continue)?"));

        page.fill("#body", "   ");
        page.click("[data-action=send-message]");
        assertThat(page.locator("[data-error-for=body]")).isVisible();
        page.evaluate("document.getElementById('body').removeAttribute('maxlength')");
        page.fill("#body", "x".repeat(2001));
        page.click("[data-action=send-message]");
        assertThat(page.locator("[data-error-for=body]")).containsText("2,000");
        assertThat(page.locator("#body")).hasValue("x".repeat(2001));
        page.fill("#body", "Thank you, it ships today.");
        page.click("[data-action=send-message]");
        assertThat(page.locator("#message-sent")).isVisible();
        page.context().close();
    }

    private List<String> sidebarPages(String email) {
        var page = logIn(email, DEMO_PASSWORD);
        var hrefs = new LinkedHashSet<String>();
        for (var link : page.locator("#sidebar a[data-nav]").all()) {
            var href = link.getAttribute("href");
            if (href.startsWith("/") && !href.startsWith("/swagger")) {
                hrefs.add(href);
            }
        }
        page.context().close();
        if (email.equals("seller@demo.local")) {
            // pages reached from the sidebar's pages: the forms of a new product, a shipment, a quote, shipping online,
            // a brand, an order
            hrefs.addAll(List.of("/seller/products/new", "/seller/stock/inbound", "/seller/stock/fees"));
            var token = api.token(email, DEMO_PASSWORD);
            hrefs.add("/seller/brands/"
                    + api.get("/api/v1/brands", token).json().at("/0/brandId").asLong());
            var waiting = api.get("/api/v1/orders?orderStatus=WAIT_SELLER_SEND_GOODS&size=1", token)
                    .json()
                    .at("/items/0/orderId");
            if (!waiting.isMissingNode()) {
                hrefs.add("/seller/orders/" + waiting.asLong() + "/online");
            }
            // an order whose buyer chose no service: its page offers services to propose (R-H3)
            var orders = api.get("/api/v1/orders?orderStatus=WAIT_SELLER_SEND_GOODS&size=50", token)
                    .json()
                    .get("items");
            for (var o : orders) {
                if (o.get("buyerSelectedService").isNull()) {
                    hrefs.add("/seller/orders/" + o.get("orderId").asLong());
                    break;
                }
            }
        }
        return new ArrayList<>(hrefs);
    }

    private void check(
            SoftAssertions soft, String email, String language, int[] viewport, List<String> paths, boolean scan) {
        var context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(language)
                .setTimezoneId("Asia/Shanghai")
                .setViewportSize(viewport[0], viewport[1])
                .setBypassCSP(true));
        var page = context.newPage();
        var consoleErrors = new ArrayList<String>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                consoleErrors.add(page.url() + ": " + m.text());
            }
        });
        page.navigate(api.base() + "/login");
        page.fill("#email", email);
        page.fill("#password", DEMO_PASSWORD);
        page.click("main button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        var extra = new ArrayList<>(paths);
        extra.add("/no-such-page");
        for (var path : extra) {
            page.navigate(api.base() + path);
            var what = email + " " + language + " " + viewport[0] + "px " + path;
            soft.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
                    .as(what + ": no horizontal scrolling")
                    .isTrue();
            // codes shown small beside their words (a service code in a rate table) are marked <code>
            var text = (String) page.evaluate(
                    "() => { const c = [...document.querySelectorAll('code')]; c.forEach(e => e.hidden = true);"
                            + " const t = document.body.innerText; c.forEach(e => e.hidden = false); return t; }");
            soft.assertThat(codes(text)).as(what + ": codes in visible text").isEmpty();
            soft.assertThat(BOOLEAN.matcher(text).find())
                    .as(what + ": true/false in visible text")
                    .isFalse();
            if (!scan) {
                continue;
            }
            var serious = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
                            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                            .map(v -> v.getId() + " (" + v.getImpact() + ") at "
                                    + v.getNodes().stream()
                                            .limit(3)
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .toList())
                            .toList();
            soft.assertThat(serious)
                    .as(what + ": serious accessibility violations")
                    .isEmpty();
        }
        soft.assertThat(consoleErrors)
                .as(email + " " + language + " " + viewport[0] + "px: console errors")
                .allMatch(e -> e.contains("/no-such-page") && e.contains("404"));
        context.close();
    }

    private static List<String> codes(String text) {
        var found = new ArrayList<String>();
        var matcher = CAPS.matcher(text);
        while (matcher.find()) {
            var token = matcher.group();
            if (!ALLOWED.contains(token) && !COUNTRIES.contains(token) && !token.matches(".*[0-9-].*")) {
                found.add(token);
            }
        }
        return found;
    }
}
