package io.sellercenter.sellers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import io.sellercenter.BrowserTestBase;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A form post with a wrong field keeps everything else, the picked file too, and says what is wrong beside it. */
class CertificationFormBrowserTest extends BrowserTestBase {

    @Test
    void anOverlongFieldIsRefusedBesideItAndThePickedLicenseStaysAttached() throws IOException {
        var seller = api.registerSeller();
        var page = logIn(seller.email(), "secret-pass-1");
        page.navigate(api.base() + "/seller/certification");
        page.fill("#companyName", "x".repeat(3000));
        page.fill("#legalRepresentativeName", "Chen Jing");
        page.setInputFiles("#businessLicense", new FilePayload("license.png", "image/png", png()));
        page.click("[data-action=save]");

        assertThat(page.locator("[data-error-for=companyName]")).isVisible();
        assertThat(page.locator("#companyName")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#form-errors")).isVisible();
        assertThat(page.locator("#legalRepresentativeName")).hasValue("Chen Jing");
        assertThat(page.locator("#license-attached")).containsText("license.png");
        assertThat(page.locator("#license-attached img")).isVisible();

        page.fill("#companyName", "Shenzhen Kept File Co., Ltd.");
        page.click("[data-action=save]");
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("#license-attached")).containsText("license.png");
        assertThat(page.locator("li[data-check=BUSINESS_LICENSE]")).hasAttribute("data-passed", "true");
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
