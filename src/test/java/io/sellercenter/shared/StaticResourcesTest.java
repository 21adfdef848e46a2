package io.sellercenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.ApiTestBase;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The static files a page links to are served from their own paths, webjars with their version in the link. */
class StaticResourcesTest extends ApiTestBase {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js|favicon)[^\"]*)\"");

    @Test
    void everyLinkedStaticFileIsServed() {
        var page = api.get("/login", null).text();
        var assets = ASSET.matcher(page).results().map(m -> m.group(1)).toList();

        assertThat(assets)
                .contains("/css/app.css", "/js/app.js", "/favicon.svg")
                .anyMatch(a -> a.matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css"));
        for (var asset : assets) {
            assertThat(api.get(asset, null).status()).as(asset).isEqualTo(200);
        }
        assertThat(api.get("/webjars/echarts/dist/echarts.min.js", null).status())
                .as("a webjar without its version")
                .isEqualTo(200);
        assertThat(api.get("/application.properties", null).status()).isNotEqualTo(200);
    }
}
