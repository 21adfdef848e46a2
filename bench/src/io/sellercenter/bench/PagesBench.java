package io.sellercenter.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Workload 6: the workspace's pages as a browser asks for them (a page session from the login form), for the demo
 * seller and the admin, at the demo's size: each page's p50 and p99 over many loads, in English and Chinese.
 */
final class PagesBench {

    private PagesBench() {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static final List<String> SELLER_PAGES = List.of(
            "/seller",
            "/seller/dashboard/orders",
            "/seller/dashboard/checklist",
            "/seller/dashboard/freight",
            "/seller/dashboard/decided",
            "/seller/onboarding",
            "/seller/certification",
            "/seller/category",
            "/seller/brands",
            "/seller/brands/1",
            "/seller/stores",
            "/seller/products",
            "/seller/products/new",
            "/seller/orders",
            "/seller/orders?orderStatus=WAIT_SELLER_SEND_GOODS",
            "/seller/orders/20",
            "/seller/orders/20/online",
            "/seller/logistics-orders",
            "/seller/logistics-orders?tab=AWAITING",
            "/seller/dashboard/undeliverable",
            "/seller/addresses",
            "/seller/warehouses",
            "/seller/stock",
            "/seller/stock/inbound",
            "/seller/stock/fees",
            "/seller/overseas",
            "/seller/freight-account",
            "/seller/deposits",
            "/seller/after-sales",
            "/seller/messages",
            "/seller/notifications",
            "/seller/sub-accounts");

    static final List<String> STAFF_PAGES =
            List.of("/staff", "/staff/reviews?status=IN_REVIEW", "/staff/categories", "/staff/logistics");

    static Map<String, Object> run(BenchApp app, int loads, int runs) throws Exception {
        var pages = new LinkedHashMap<String, Object>();
        var worstP99 = 0.0;
        for (var account : List.of("seller@demo.local", "admin@demo.local")) {
            for (var language : List.of("en", "zh-CN")) {
                var browser = logIn(app, account, "demo1234", language);
                for (var path : account.startsWith("seller") ? SELLER_PAGES : STAFF_PAGES) {
                    for (int i = 0; i < 10; i++) {
                        get(browser, app, path);
                    }
                    var p50 = new ArrayList<Double>();
                    var p99 = new ArrayList<Double>();
                    for (int run = 0; run < runs; run++) {
                        var samples = new long[loads];
                        for (int i = 0; i < loads; i++) {
                            var t0 = System.nanoTime();
                            get(browser, app, path);
                            samples[i] = System.nanoTime() - t0;
                        }
                        p50.add(Stats.percentileMs(samples, 50));
                        p99.add(Stats.percentileMs(samples, 99));
                    }
                    var key = path + " (" + language + ")";
                    var p99Median = Stats.round(Stats.median(p99), 1);
                    pages.put(key, Map.of("p50Ms", Stats.round(Stats.median(p50), 1), "p99Ms", p99Median));
                    worstP99 = Math.max(worstP99, p99Median);
                    System.out.printf("  %s: p50 %.1f ms, p99 %.1f ms%n", key, Stats.median(p50), p99Median);
                }
            }
        }
        var result = new LinkedHashMap<String, Object>();
        result.put("loadsPerRun", loads);
        result.put("runs", runs);
        result.put("worstP99Ms", worstP99);
        result.put("pages", pages);
        return result;
    }

    static HttpClient logIn(BenchApp app, String email, String password, String language) throws Exception {
        var browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var form = browser.send(
                HttpRequest.newBuilder(URI.create(app.base + "/login?lang=" + language))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var login = browser.send(
                HttpRequest.newBuilder(URI.create(app.base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + email + " failed: " + login.statusCode());
        }
        return browser;
    }

    static void get(HttpClient browser, BenchApp app, String path) throws Exception {
        var response = browser.send(
                HttpRequest.newBuilder(URI.create(app.base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }
}
