package io.sellercenter.openplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript, logged in: cookies kept, redirects not followed, forms posted with their CSRF token. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORWARD = Pattern.compile("content=\"0;url=([^\"]+)\"");

    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    WebSession(String base, String email, String password) {
        this.base = base;
        var login = post("/login", "/login", Map.of("email", email, "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).build());
    }

    /** Posts a form read from {@code page}, with that page's CSRF token. */
    HttpResponse<String> post(String page, String path, Map<String, String> form) {
        var matcher = CSRF.matcher(get(page).body());
        assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
        var body = form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + URLEncoder.encode(matcher.group(1).replace("&#45;", "-"), StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Approves (or denies) the app on the authorization page; the address the answer page forwards to. */
    String authorize(String appKey, String redirectUri, String state, boolean approve) {
        var query = "/oauth/authorize?response_type=code&client_id=" + appKey + "&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&state=" + state;
        var answer = post(
                query,
                "/oauth/authorize",
                Map.of(
                        "client_id",
                        appKey,
                        "redirect_uri",
                        redirectUri,
                        "state",
                        state,
                        "approve",
                        String.valueOf(approve)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var forward = FORWARD.matcher(answer.body());
        assertThat(forward.find()).as(answer.body()).isTrue();
        return forward.group(1).replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
