package io.sellercenter.sellers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.BrowserTestBase;
import io.sellercenter.Settling;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CategoryQualificationsBrowserTest extends BrowserTestBase {

    @Test
    @DisplayName(
            "R-S4 in the pages: the chosen category asks for its documents, the missing ones are named, staff see them, the deposit waits for approval")
    void documentsThroughThePages() {
        var s = new Settling(api);
        s.certified();
        var page = logIn(s.seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller/category");
        var beauty = page.locator("#majors tr", new Page.LocatorOptions().setHasText("Beauty & Health"));
        assertThat(beauty.locator("[data-required]")).containsText("Cosmetics production licence");
        beauty.locator("input[type=radio]").check();
        page.click("[data-action=choose-category]");

        assertThat(page.locator("#qualifications [data-qualification]")).hasCount(2);
        assertThat(page.locator("#deposit-waits")).isVisible();
        assertThat(page.locator("#deposit button[data-provider]")).hasCount(0);

        page.click("[data-action=submit-qualifications]");
        assertThat(page.locator("[data-error-for=form]"))
                .containsText("Cosmetics production licence, NMPA cosmetics filing certificate");

        var licence = page.locator("[data-qualification=COSMETICS_PRODUCTION_LICENCE]");
        licence.locator("[data-action=upload-qualification]").click();
        assertThat(page.locator("[data-error-for=file-COSMETICS_PRODUCTION_LICENCE]"))
                .hasText("Choose a file to upload.");
        licence.locator("input[type=file]").setInputFiles(pdf("licence.pdf"));
        licence.locator("[data-action=upload-qualification]").click();
        assertThat(page.locator("[data-qualification=COSMETICS_PRODUCTION_LICENCE] a"))
                .isVisible();
        page.click("[data-action=submit-qualifications]");
        assertThat(page.locator("[data-error-for=form]")).containsText("NMPA cosmetics filing certificate");
        assertThat(page.locator("[data-error-for=form]")).not().containsText("production licence");

        var filing = page.locator("[data-qualification=COSMETICS_FILING_CERTIFICATE]");
        filing.locator("input[type=file]").setInputFiles(pdf("filing.pdf"));
        filing.locator("[data-action=upload-qualification]").click();
        page.click("[data-action=submit-qualifications]");
        assertThat(page.locator("#qualifications-in-review")).isVisible();
        assertThat(page.locator("[data-action=upload-qualification]")).hasCount(0);

        var reviewId = api.get("/api/v1/major-category", s.seller.token())
                .json()
                .get("qualificationReviewId")
                .asLong();
        var reviewer = logIn("reviewer@demo.local", DEMO_PASSWORD);
        reviewer.navigate(api.base() + "/staff/reviews/" + reviewId);
        assertThat(reviewer.locator("#materials")).containsText("Cosmetics production licence / 化妆品生产许可证");
        reviewer.check("input[name=decision][value=APPROVE]");
        reviewer.click("[data-action=decide]");
        assertThat(reviewer.locator("#review-status")).hasText("Approved");

        page.reload();
        assertThat(page.locator("#qualifications-approved")).isVisible();
        assertThat(page.locator("#deposit button[data-provider]")).hasCount(2);
    }

    private static FilePayload pdf(String name) {
        return new FilePayload(name, "application/pdf", Settling.PDF.getBytes());
    }
}
