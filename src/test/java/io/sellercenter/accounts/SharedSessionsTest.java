package io.sellercenter.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import io.sellercenter.SecondInstance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Page sessions live in the database: any instance behind a load balancer knows a login, and a logout ends it everywhere. */
class SharedSessionsTest extends ApiTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcClient jdbc;

    /** A browser without JavaScript: cookies kept, redirects not followed. */
    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    @DisplayName("A login on one instance is known to the other; a logout on the other ends it on both")
    void aLoginIsKnownToEveryInstance() throws Exception {
        // the longest e-mails an account may have still name a session
        var seller = api.registerSeller(Api.uniqueEmail("s")
                .replace(
                        "@test.local",
                        "@" + "x".repeat(60) + "." + "y".repeat(60) + "." + "z".repeat(60) + ".test.local"));
        assertThat(seller.email()).hasSizeGreaterThan(200);
        try (var second = new SecondInstance(postgres)) {
            var here = api.base();
            var there = "http://localhost:" + second.port();

            var loggedIn = post(
                    here + "/login",
                    "email=" + URLEncoder.encode(seller.email(), StandardCharsets.UTF_8)
                            + "&password=secret-pass-1&_csrf=" + csrf(here + "/login"));
            assertThat(loggedIn.statusCode()).isEqualTo(302);
            assertThat(loggedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                            .param(seller.email())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);

            var page = get(there + "/seller/sub-accounts");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(seller.email());

            var loggedOut = post(there + "/logout", "_csrf=" + csrf(there + "/seller/sub-accounts"));
            assertThat(loggedOut.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
            var after = get(here + "/seller/sub-accounts");
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    private String csrf(String page) throws IOException, InterruptedException {
        var matcher = CSRF.matcher(get(page).body());
        assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
