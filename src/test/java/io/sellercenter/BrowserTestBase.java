package io.sellercenter;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Browser tests: one Debian Chromium per class, a fresh context per login. */
public abstract class BrowserTestBase extends ApiTestBase {

    protected static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void launch() {
        // a page posted on a busy 2-core machine may take longer than the default 5 s to come back
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new English browser context in UTC, logged in through the login form. */
    protected Page logIn(String email, String password) {
        return logIn(email, password, "UTC");
    }

    /** A new English browser context in the given time zone, logged in through the login form. */
    protected Page logIn(String email, String password, String timezoneId) {
        var page = browser.newContext(
                        new Browser.NewContextOptions().setLocale("en-US").setTimezoneId(timezoneId))
                .newPage();
        page.navigate(api.base() + "/login");
        page.fill("#email", email);
        page.fill("#password", password);
        page.click("main button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** A form posted with the CSRF token of the page open, as that page's browser would post it. */
    protected APIResponse postForm(Page page, String path, Map<String, String> fields) {
        var form = FormData.create()
                .set("_csrf", page.locator("input[name=_csrf]").first().inputValue());
        fields.forEach(form::set);
        return page.request().post(api.base() + path, RequestOptions.create().setForm(form));
    }
}
