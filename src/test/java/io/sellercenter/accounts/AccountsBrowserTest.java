package io.sellercenter.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.Browsers;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountsBrowserTest extends ApiTestBase {

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private void logIn(String email, String password) {
        page.navigate(api.base() + "/login");
        page.fill("#email", email);
        page.fill("#password", password);
        page.click("main button[type=submit]");
    }

    @Test
    @DisplayName("R-S8 a main account logs in, switches to Chinese, sees a field error and adds a sub-account")
    void mainAccountAddsSubAccountInChinese() {
        var seller = api.registerSeller();

        logIn(seller.email(), "secret-pass-1");
        page.waitForURL("**/seller");
        assertThat(page.locator("h1")).containsText("Welcome");
        assertThat(page.locator("#next-steps [data-step]")).hasCount(7);
        assertThat(page.locator("#next-steps [data-step=settle]")).containsText("Settle in");

        page.click("a[data-lang=zh-CN]");
        assertThat(page.locator("h1")).containsText("欢迎");

        page.click("a[data-nav=sub-accounts]");
        page.click("a[data-action=new-sub-account]");
        page.fill("#email", "not-an-email");
        page.fill("#password", "member-pass-1");
        page.fill("#displayName", "李娜");
        page.check("input[value=SHIPPING]");
        page.click("main button[type=submit]");

        assertThat(page.locator("[data-error-for=email]")).hasText("不是有效的电子邮箱地址。");
        assertThat(page.locator("#email")).hasClass(Pattern.compile(".*invalid.*"));
        assertThat(page.locator("#displayName")).hasValue("李娜");

        var email = Api.uniqueEmail("browser");
        page.fill("#email", email);
        page.fill("#password", "member-pass-1");
        page.click("main button[type=submit]");

        page.waitForURL("**/seller/sub-accounts?saved");
        var row = page.locator("#sub-accounts tbody tr", new Page.LocatorOptions().setHasText(email));
        assertThat(row).containsText("发货");
        assertThat(row).containsText("已启用");

        row.locator("button").click();
        assertThat(page.locator("#sub-accounts tbody tr", new Page.LocatorOptions().setHasText(email)))
                .containsText("已停用");
    }

    @Test
    void wrongPasswordShowsAnErrorAndStaffSeeTheirConsole() {
        logIn("reviewer@demo.local", "wrong-password");
        assertThat(page.locator(".alert-danger")).hasText("Wrong e-mail or password.");

        logIn("reviewer@demo.local", DEMO_PASSWORD);
        page.waitForURL("**/staff");
        assertThat(page.locator("h1")).containsText("Welcome");
        assertThat(page.locator("main")).containsText("Reviewer");
    }

    @Test
    void subAccountIsRefusedTheSubAccountPages() {
        var seller = api.registerSeller();
        var email = Api.uniqueEmail("member");
        api.post(
                "/api/v1/sub-accounts",
                seller.token(),
                Map.of(
                        "email",
                        email,
                        "password",
                        "member-pass-1",
                        "displayName",
                        "Member",
                        "permissions",
                        List.of("ORDERS")));

        logIn(email, "member-pass-1");
        page.waitForURL("**/seller");
        assertThat(page.locator("a[data-nav=sub-accounts]")).hasCount(0);
        // an ORDERS sub-account is shown the orders to ship and the API only
        assertThat(page.locator("#next-steps [data-step]")).hasCount(2);
        page.click("#next-steps [data-step=ship]");
        assertThat(page.locator("h1")).containsText("Orders");

        var response = page.navigate(api.base() + "/seller/sub-accounts");
        Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("#error-message")).containsText("main account");
    }
}
