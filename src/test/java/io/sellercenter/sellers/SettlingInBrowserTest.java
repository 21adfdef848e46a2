package io.sellercenter.sellers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Settling;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettlingInBrowserTest extends BrowserTestBase {

    private static FilePayload pdf(String name) {
        return new FilePayload(name, "application/pdf", Settling.PDF.getBytes());
    }

    private void approve(Page reviewer, String kind, String subject) {
        reviewer.navigate(api.base() + "/staff/reviews?status=IN_REVIEW&kind=" + kind);
        reviewer.locator("#queue a", new Page.LocatorOptions().setHasText(subject))
                .click();
        assertThat(reviewer.locator("#materials")).isVisible();
        reviewer.check("input[name=decision][value=APPROVE]");
        reviewer.click("[data-action=decide]");
        assertThat(reviewer.locator("#review-status")).hasText("Approved");
    }

    @Test
    @DisplayName("R-S1…R-S7 a novice seller settles in through the UI while a reviewer approves in another browser")
    void sellerSettlesInWithReviewerInAnotherBrowser() {
        var seller = api.registerSeller();
        var company = "Browser Test Co " + UUID.randomUUID().toString().substring(0, 6);
        var page = logIn(seller.email(), "secret-pass-1");
        var reviewer = logIn("reviewer@demo.local", DEMO_PASSWORD);

        page.navigate(api.base() + "/seller/onboarding");
        assertThat(page.locator("li[data-step=CERTIFICATION]")).containsText("Not started");
        page.locator("li[data-step=CERTIFICATION] a").click();

        page.fill("#companyName", company);
        page.fill("#unifiedSocialCreditCode", "91350100M000100Y44");
        page.fill("#legalRepresentativeName", "Zhang Wei");
        page.fill("#legalRepresentativeIdNumber", Settling.idNumber());
        page.click("[data-action=save]");
        assertThat(page.locator("[data-error-for=unifiedSocialCreditCode]")).containsText("check character");
        assertThat(page.locator("#legalRepresentativeName")).hasValue("Zhang Wei");

        page.fill("#unifiedSocialCreditCode", Settling.creditCode());
        page.click("[data-action=save]");
        assertThat(page.locator("li[data-check=BUSINESS_LICENSE]")).hasAttribute("data-passed", "false");
        page.setInputFiles("#businessLicense", pdf("license.pdf"));
        page.click("[data-action=save]");
        assertThat(page.locator("li[data-passed=true]")).hasCount(5);
        page.click("[data-action=submit]");
        assertThat(page.locator("li[data-step=CERTIFICATION]")).containsText("In review");

        approve(reviewer, "CERTIFICATION", company);

        page.navigate(api.base() + "/seller/category");
        page.locator("#majors tr", new Page.LocatorOptions().setHasText("Consumer Electronics"))
                .locator("input[type=radio]")
                .check();
        page.click("[data-action=choose-category]");
        page.click("button[data-provider=ALIPAY_INTL]");
        assertThat(page.locator("[data-field=status]")).hasText("Waiting for payment");
        page.click("[data-action=pay]");
        assertThat(page.locator("[data-field=status]")).hasText("Paid");
        page.click("[data-action=return]");
        for (int i = 0;
                i < 100 && !"true".equals(page.locator("li[data-step=DEPOSIT]").getAttribute("data-done"));
                i++) {
            page.waitForTimeout(100);
            page.reload();
        }
        assertThat(page.locator("li[data-step=DEPOSIT]")).hasAttribute("data-done", "true");

        page.navigate(api.base() + "/seller/brands");
        page.fill("#name", "Lumina");
        page.fill("#trademarkRegistrationNumber", "38123456");
        page.setInputFiles("#certificate", pdf("certificate.pdf"));
        page.locator("input[name=subCategoryIds]").first().check();
        page.click("[data-action=add-brand]");
        assertThat(page.locator("tr[data-brand=Lumina]")).containsText("In review");

        approve(reviewer, "BRAND", "Lumina (38123456)");

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
        assertThat(page.locator("main")).containsText("Everything is ready");
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
}
