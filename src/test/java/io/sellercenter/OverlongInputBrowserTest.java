package io.sellercenter;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every page form, each of its text inputs given 3,000 characters (the browser's maxlength taken away, as a script
 * or an old browser would): the form comes back, never an error page, and each overlong input has its error beside
 * it.
 */
class OverlongInputBrowserTest extends BrowserTestBase {

    private static final String LONG = "x".repeat(3_000);

    /** A page, its form, and the button that posts it. */
    private record Form(String path, String form, String submit) {}

    @Test
    @DisplayName("An overlong input gets its length error beside its field on every page form, nothing else lost")
    void everyPageFormShowsTheLengthErrorBesideTheField() {
        var soft = new SoftAssertions();
        var fresh = api.registerSeller();
        var newcomer = logIn(fresh.email(), "secret-pass-1");
        check(
                soft,
                newcomer,
                List.of(
                        new Form("/seller/certification", "main form[enctype]", "[data-action=save]"),
                        new Form("/seller/warehouses", "main form.stacked", "main form.stacked [type=submit]"),
                        new Form("/seller/freight-account", "#bind-form", "[data-action=bind]"),
                        new Form("/seller/sub-accounts/new", "main form", "main form [type=submit]")));
        newcomer.context().close();

        var shop = new Shop(api, 10, "GENERAL");
        var order = shop.paid(api.buyerToken(), 1);
        // the ship-online steps check the deduction account before the goods step
        shop.bindFreightAccount();
        var settled = logIn(shop.settling.seller.email(), "secret-pass-1");
        check(
                soft,
                settled,
                List.of(
                        new Form("/seller/brands", "main form[enctype]", "main form[enctype] [type=submit]"),
                        new Form("/seller/stores", "main form.stacked", "main form.stacked [type=submit]"),
                        new Form("/seller/overseas/new", "#application-form", "[data-action=save]"),
                        new Form("/seller/addresses", "#address-form", "[data-action=save-address]"),
                        new Form("/seller/products/new", "#product-form", "[data-action=save-product]"),
                        new Form("/seller/stock", "#count-form", "[data-action=count]"),
                        new Form(
                                "/seller/orders/" + order,
                                "form[action$='/shipping-notices']",
                                "form[action$='/shipping-notices'] [type=submit]"),
                        new Form("/seller/orders/" + order, "#reply-form", "[data-action=send-message]"),
                        new Form("/seller/orders/" + order + "/online?step=2", "#online-form", "[data-action=next]")));
        settled.context().close();

        var admin = logIn("admin@demo.local", DEMO_PASSWORD);
        check(
                soft,
                admin,
                List.of(
                        new Form("/staff/categories", "main form.stacked", "main form.stacked [type=submit]"),
                        new Form("/staff/logistics/channels/new", "#channel-form", "#channel-form [type=submit]"),
                        new Form("/staff/logistics", "#warehouse-form", "#warehouse-form [type=submit]")));
        admin.context().close();

        var visitor = browser.newContext().newPage();
        check(soft, visitor, List.of(new Form("/register", "main form", "main form [type=submit]")));
        visitor.context().close();
        soft.assertAll();
    }

    private void check(SoftAssertions soft, Page page, List<Form> forms) {
        for (var f : forms) {
            page.navigate(api.base() + f.path());
            var filled = new ArrayList<String>();
            for (var input : page.locator(f.form()
                            + " :is(input[type=text], input[type=email], input[type=tel], input[type=url],"
                            + " input[type=password], input:not([type]), textarea):visible")
                    .all()) {
                input.evaluate("e => e.removeAttribute('maxlength')");
                input.fill(LONG);
                filled.add(input.getAttribute("name"));
            }
            soft.assertThat(filled)
                    .as(f.path() + " " + f.form() + " has text inputs")
                    .isNotEmpty();
            if (page.locator(f.form()).getAttribute("hx-post") != null) {
                // answered in place: the form comes back inside the page
                page.click(f.submit());
                page.waitForSelector(f.form() + " [data-error-for]");
            } else {
                var response = page.waitForNavigation(() -> page.click(f.submit()));
                soft.assertThat(response.status())
                        .as(f.path() + ": the form comes back")
                        .isLessThan(500);
            }
            soft.assertThat(page.locator("#error-explain").count())
                    .as(f.path() + ": no error page")
                    .isZero();
            for (var name : filled) {
                soft.assertThat(page.locator("[data-error-for='" + name + "']").count())
                        .as(f.path() + ": an error beside " + name)
                        .isPositive();
            }
        }
    }
}
