package io.sellercenter.sellers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Settling;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettlingInBrowserTest extends BrowserTestBase {

    private static FilePayload pdf(String name) {
        return new FilePayload(name, "application/pdf", Settling.PDF.getBytes());
    }

    /** The page's words in the seller's language, as the message bundles have them. */
    private static Properties messages(String language) throws IOException {
        var file = language.startsWith("zh") ? "/messages_zh.properties" : "/messages.properties";
        var properties = new Properties();
        try (var in =
                new InputStreamReader(SettlingInBrowserTest.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private void decide(Page reviewer, String kind, String subject, String decision, String reason, String comment) {
        reviewer.navigate(api.base() + "/staff/reviews?status=IN_REVIEW&kind=" + kind);
        reviewer.locator("#queue a", new Page.LocatorOptions().setHasText(subject))
                .first()
                .click();
        assertThat(reviewer.locator("#materials")).isVisible();
        reviewer.check("input[name=decision][value=" + decision + "]");
        if (reason != null) {
            reviewer.check("input[name=reasonCodes][value=" + reason + "]");
            reviewer.fill("#comment", comment);
        }
        reviewer.click("[data-action=decide]");
        assertThat(reviewer.locator("#review-status")).hasText(decision.equals("APPROVE") ? "Approved" : "Rejected");
    }

    private static void reloadUntil(Page page, String selector) {
        for (int i = 0; i < 100 && page.locator(selector).count() == 0; i++) {
            page.waitForTimeout(100);
            page.reload();
        }
        assertThat(page.locator(selector).first()).isVisible();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "zh-CN"})
    @DisplayName(
            "R-S1…R-S7 register → certification → category and deposit → brand rejected, corrected, approved, more sub-categories → store, only in the pages")
    void sellerSettlesInThroughThePagesOnly(String language) throws IOException {
        var text = messages(language);
        var company = "Browser Test Co " + UUID.randomUUID().toString().substring(0, 6);
        var email = "journey-" + UUID.randomUUID() + "@example.com";
        var page = browser.newContext(new Browser.NewContextOptions().setLocale(language))
                .newPage();
        var reviewer = logIn("reviewer@demo.local", DEMO_PASSWORD);

        page.navigate(api.base() + "/register?lang=" + language);
        page.fill("#email", email);
        page.fill("#password", "short");
        page.fill("#displayName", company);
        page.click("main button[type=submit]");
        assertThat(page.locator("[data-error-for=password]")).isVisible();
        assertThat(page.locator("#email")).hasValue(email);
        page.fill("#password", "secret-pass-1");
        page.click("main button[type=submit]");
        page.waitForURL(url -> url.contains("/login"));
        page.fill("#email", email);
        page.fill("#password", "secret-pass-1");
        page.click("main button[type=submit]");
        page.waitForURL(url -> !url.contains("/login"));

        page.navigate(api.base() + "/seller/onboarding");
        assertThat(page.locator("li[data-step=CERTIFICATION]")).hasAttribute("data-done", "false");
        assertThat(page.locator("li[data-step=CERTIFICATION]"))
                .containsText(text.getProperty("stepStatus.NOT_STARTED"));
        page.locator("li[data-step=CERTIFICATION] a").click();

        page.fill("#companyName", company);
        page.fill("#unifiedSocialCreditCode", "91350100M000100Y44");
        page.fill("#legalRepresentativeName", "Zhang Wei");
        page.fill("#legalRepresentativeIdNumber", Settling.idNumber());
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=unifiedSocialCreditCode]")).isVisible();
        assertThat(page.locator("#legalRepresentativeName")).hasValue("Zhang Wei");
        page.fill("#unifiedSocialCreditCode", Settling.creditCode());
        page.click("[data-action=save]");
        assertThat(page.locator("li[data-check=BUSINESS_LICENSE]")).hasAttribute("data-passed", "false");
        page.setInputFiles("#businessLicense", pdf("license.pdf"));
        page.click("[data-action=save]");
        assertThat(page.locator("li[data-passed=true]")).hasCount(5);
        page.click("[data-action=submit]");
        assertThat(page.locator("li[data-step=CERTIFICATION]")).containsText(text.getProperty("stepStatus.IN_REVIEW"));

        decide(reviewer, "CERTIFICATION", company, "APPROVE", null, null);

        page.navigate(api.base() + "/seller/category");
        page.locator(
                        "#majors tr",
                        new Page.LocatorOptions()
                                .setHasText(language.startsWith("zh") ? "消费电子" : "Consumer Electronics"))
                .locator("input[type=radio]")
                .check();
        page.click("[data-action=choose-category]");

        // the first payment is declined at the provider; the deposits page shows it and nothing is paid
        page.click("button[data-provider=WANLIHUI]");
        page.click("[data-action=decline]");
        page.navigate(api.base() + "/seller/deposits");
        reloadUntil(page, "#payments tr[data-status=FAILED]");
        assertThat(page.locator("#deposit-status")).hasAttribute("data-paid", "false");
        assertThat(page.locator("#payments")).containsText(text.getProperty("deposits.status.FAILED"));
        page.click("button[data-provider=ALIPAY_INTL]");
        assertThat(page.locator("[data-field=status]")).hasText(text.getProperty("sandbox.status.WAITING"));
        page.click("[data-action=pay]");
        assertThat(page.locator("[data-field=status]")).hasText(text.getProperty("sandbox.status.PAID"));
        page.navigate(api.base() + "/seller/deposits");
        reloadUntil(page, "#deposit-status[data-paid=true]");
        assertThat(page.locator("#payments tbody tr")).hasCount(2);
        assertThat(page.locator("#payments tbody tr").first()).hasAttribute("data-status", "SUCCEEDED");

        // an authorized trademark without the owner's letter is refused beside the letter's field
        page.navigate(api.base() + "/seller/brands");
        page.fill("#name", "Lumina");
        page.fill("#trademarkRegistrationNumber", "38123456");
        page.check("input[name=ownership][value=AUTHORIZED]");
        page.locator("input[name=subCategoryIds]").first().check();
        page.click("[data-action=add-brand]");
        assertThat(page.locator("[data-error-for=authorizationLetter]"))
                .hasText(text.getProperty("field.REQUIRED_FOR_AUTHORIZED"));
        assertThat(page.locator("#name")).hasValue("Lumina");
        page.check("input[name=ownership][value=OWNED]");
        page.setInputFiles("#certificate", pdf("certificate.pdf"));
        page.click("[data-action=add-brand]");
        assertThat(page.locator("#brand-status")).hasAttribute("data-status", "IN_REVIEW");

        decide(reviewer, "BRAND", "Lumina (38123456)", "REJECT", "CERTIFICATE_UNREADABLE", "The scan is blurred.");

        page.navigate(api.base() + "/seller/brands");
        assertThat(page.locator("tr[data-brand=Lumina]")).hasAttribute("data-status", "REJECTED");
        page.locator("tr[data-brand=Lumina] a").first().click();
        assertThat(page.locator("#rejection li[data-reason=CERTIFICATE_UNREADABLE]"))
                .hasText(text.getProperty("reason.CERTIFICATE_UNREADABLE"));
        assertThat(page.locator("#review-comment")).hasText("The scan is blurred.");
        assertThat(page.locator("#name")).hasValue("Lumina");
        assertThat(page.locator("#certificate-attached")).isVisible();
        page.setInputFiles("#certificate", pdf("certificate-sharp.pdf"));
        page.click("[data-action=resubmit]");
        assertThat(page.locator("#brand-status")).hasAttribute("data-status", "IN_REVIEW");

        decide(reviewer, "BRAND", "Lumina (38123456)", "APPROVE", null, null);

        page.reload();
        assertThat(page.locator("#brand-status")).hasAttribute("data-status", "APPROVED");
        assertThat(page.locator("#publishing")).hasText(text.getProperty("brands.publishingGranted"));
        assertThat(page.locator("#authorized-sub-categories .badge")).hasCount(0);
        assertThat(page.locator("#authorizations tr[data-status=IN_REVIEW]")).hasCount(1);

        // R-S6: the sub-category asked for with the brand is the second review, the trademark authorization
        decide(reviewer, "BRAND_AUTHORIZATION", "Lumina (38123456) +", "APPROVE", null, null);
        page.reload();
        assertThat(page.locator("#authorized-sub-categories .badge")).hasCount(1);
        page.click("[data-action=request-sub-categories]");
        assertThat(page.locator("[data-error-for=subCategoryIds]")).isVisible();
        var added = page.locator("#more-sub-categories label.form-check").first();
        var addedName = added.innerText().trim();
        added.locator("input[type=checkbox]").check();
        page.click("[data-action=request-sub-categories]");
        assertThat(page.locator("#authorizations tr[data-status=IN_REVIEW]")).containsText(addedName);
        assertThat(page.locator(
                        "#more-sub-categories label.form-check", new Page.LocatorOptions().setHasText(addedName)))
                .hasCount(0);

        decide(reviewer, "BRAND_AUTHORIZATION", "Lumina (38123456) +", "APPROVE", null, null);

        page.reload();
        assertThat(page.locator("#authorizations tr[data-status=APPROVED]")).hasCount(2);
        assertThat(page.locator("#authorized-sub-categories .badge")).hasCount(2);
        assertThat(page.locator("#authorized-sub-categories")).containsText(addedName);

        page.navigate(api.base() + "/seller/stores");
        page.fill("#name", "Lumina Official Store");
        page.check("input[name=type][value=OFFICIAL]");
        page.locator("label", new Page.LocatorOptions().setHasText("Lumina"))
                .locator("input[name=brandIds]")
                .check();
        page.click("[data-action=open-store]");
        assertThat(page.locator("#stores")).containsText("Lumina Official Store");

        page.navigate(api.base() + "/seller/onboarding");
        assertThat(page.locator("li[data-done=true]")).hasCount(6);
        page.context().close();
        reviewer.context().close();
    }

    @Test
    void storeCannotOpenBeforeSettlingInAndTheFormSaysWhy() {
        var seller = api.registerSeller();
        var page = logIn(seller.email(), "secret-pass-1");

        page.navigate(api.base() + "/seller/stores");
        page.fill("#name", "Too early");
        page.click("[data-action=open-store]");

        assertThat(page.locator("[data-error-for=brandIds]")).isVisible();
        assertThat(page.locator("#name")).hasValue("Too early");
    }

    @Test
    @DisplayName("R-S8 another seller's brand page is not found; deposits need FINANCE, more sub-categories PRODUCTS")
    void brandAndDepositPagesKeepTenancy() {
        var s = new Settling(api);
        var category = s.chooseCategory();
        var brandId = s.approvedBrand("OWNED", false, category);
        var second =
                String.valueOf(category.get("children").get(1).get("categoryId").asLong());

        var stranger = logIn(api.registerSeller().email(), "secret-pass-1");
        Assertions.assertThat(stranger.navigate(api.base() + "/seller/brands/" + brandId)
                        .status())
                .isEqualTo(404);
        Assertions.assertThat(postForm(
                                stranger,
                                "/seller/brands/" + brandId + "/authorizations",
                                Map.of("subCategoryIds", second))
                        .status())
                .isEqualTo(404);

        var terms = api.get("/api/v1/brands/" + brandId, s.seller.token()).json();
        var corrected = Map.of(
                "name",
                "Corrected",
                "trademarkRegistrationNumber",
                terms.get("trademarkRegistrationNumber").asString(),
                "ownership",
                "OWNED",
                "certificateDocumentId",
                terms.get("certificateDocumentId").asString(),
                "subCategoryIds",
                second);
        Assertions.assertThat(postForm(stranger, "/seller/brands/" + brandId, corrected)
                        .status())
                .isEqualTo(404);

        var orders = logIn(api.subAccountEmail(s.seller, "ORDERS"), "secret-pass-2");
        Assertions.assertThat(orders.navigate(api.base() + "/seller/deposits").status())
                .isEqualTo(403);
        Assertions.assertThat(orders.navigate(api.base() + "/seller/brands/" + brandId)
                        .status())
                .isEqualTo(200);
        assertThat(orders.locator("[data-nav=deposits]")).hasCount(0);
        assertThat(orders.locator("#more-sub-categories")).hasCount(0);
        Assertions.assertThat(
                        postForm(orders, "/seller/brands/" + brandId, corrected).status())
                .as("correcting a brand needs PRODUCTS")
                .isEqualTo(403);
        Assertions.assertThat(postForm(
                                orders,
                                "/seller/brands/" + brandId + "/authorizations",
                                Map.of("subCategoryIds", second))
                        .status())
                .isEqualTo(403);

        var finance = logIn(api.subAccountEmail(s.seller, "FINANCE"), "secret-pass-2");
        Assertions.assertThat(finance.navigate(api.base() + "/seller/deposits").status())
                .isEqualTo(200);
        assertThat(finance.locator("#deposit-status")).hasAttribute("data-paid", "false");
    }
}
