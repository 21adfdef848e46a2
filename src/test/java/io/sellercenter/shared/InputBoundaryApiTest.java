package io.sellercenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input refused where it comes in, once for every field: 400 with the field named, never a 5xx. */
class InputBoundaryApiTest extends ApiTestBase {

    private static void fieldError(Api.Response response, String field, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream())
                .as(response.toString())
                .anyMatch(e -> e.get("field").asString().equals(field)
                        && e.get("code").asString().equals(code)
                        && !e.get("message").asString().isBlank());
    }

    @Test
    void aControlCharacterIsRefusedInJsonQueryMultipartAndTheLoginForm() {
        var seller = api.registerSeller();
        fieldError(
                api.post("/api/v1/auth/tokens", null, Map.of("email", "a\u0000@b.c", "password", "x")),
                "email",
                "CONTROL_CHARACTER");
        fieldError(api.get("/api/v1/orders?q=a%00b", seller.token()), "q", "CONTROL_CHARACTER");
        fieldError(
                api.post("/api/v1/brands", seller.token(), Map.of("name", "Bad\u0007Brand")),
                "name",
                "CONTROL_CHARACTER");
        var boundary = "----nul";
        var multipart = "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.pdf\"\r\nContent-Type: application/pdf"
                + "\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nlic\u0000ense\r\n--" + boundary
                + "--\r\n";
        fieldError(
                api.send(
                        "POST",
                        "/api/v1/documents",
                        seller.token(),
                        BodyPublishers.ofString(multipart),
                        "multipart/form-data; boundary=" + boundary),
                "purpose",
                "CONTROL_CHARACTER");

        var page = api.send(
                "POST",
                "/login",
                null,
                BodyPublishers.ofString("email=a%00b&password=x"),
                "application/x-www-form-urlencoded");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("&quot;email&quot;");
        assertThat(api.get("/api/v1/orders?q=" + "ab%09c%0Ad", seller.token()).status())
                .as("tab and line feed are text")
                .isEqualTo(200);
    }

    @Test
    void aNullListElementNamesItsPlace() {
        var admin = api.token("admin@demo.local", DEMO_PASSWORD);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("name", "Null Hub");
        body.put("sortCode", "NH");
        body.put("address", "1 Road");
        body.put("postalPrefixes", java.util.Collections.singletonList(null));
        fieldError(
                api.send("PUT", "/api/v1/transit-warehouses/NULLHUB", admin, json(body), "application/json"),
                "postalPrefixes[0]",
                "NOT_NULL");
    }

    @Test
    void datesAndMonthsOutsideTheYearsTheDatabaseHoldsAre400() {
        var seller = api.token("seller@demo.local", DEMO_PASSWORD);
        fieldError(
                api.get("/api/v1/orders?createdFrom=-999999999-01-01T00:00:00Z", seller),
                "createdFrom",
                "DATE_OUT_OF_RANGE");
        fieldError(
                api.get("/api/v1/orders?createdTo=%2B999999999-01-01T00:00:00Z", seller),
                "createdTo",
                "DATE_OUT_OF_RANGE");
        var warehouse = api.get("/api/v1/warehouses", seller)
                .json()
                .get(0)
                .get("warehouseId")
                .asLong();
        fieldError(
                api.get("/api/v1/warehouses/" + warehouse + "/storage-statement?month=2026-13", seller),
                "month",
                "INVALID_VALUE");
        fieldError(
                api.get("/api/v1/warehouses/" + warehouse + "/storage-statement?month=0000-01", seller),
                "month",
                "DATE_OUT_OF_RANGE");
        assertThat(api.get("/api/v1/orders?createdFrom=2026-01-01T00:00:00%2B08:00", seller)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void pathsTheContainerOrFirewallRefuseAreProblemsForTheApiAndPagesElsewhere() {
        for (var path : List.of("/api/v1/orders/%00", "/api/v1/%2e%2e/orders", "/api/v1/orders/%2e%2e/1")) {
            var response = api.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.code()).as(path).isIn("BAD_REQUEST", "REQUEST_REJECTED");
        }
        for (var path : List.of("/seller/%00", "/seller/%2e%2e/x")) {
            var response = api.get(path, null, "Accept-Language", "zh-CN");
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(response.text()).as(path).contains("返回").doesNotContain("HTTP Status", "Whitelabel");
        }
    }

    @Test
    void searchWildcardsMeanThemselves() {
        var seller = api.token("seller@demo.local", DEMO_PASSWORD);
        assertThat(api.get("/api/v1/orders", seller).json().get("total").asLong())
                .isPositive();
        for (var q : List.of("%25", "_", "%5C")) {
            assertThat(api.get("/api/v1/orders?q=" + q, seller)
                            .json()
                            .get("total")
                            .asLong())
                    .as("q=" + q)
                    .isZero();
        }
    }

    private static java.net.http.HttpRequest.BodyPublisher json(Object body) {
        return BodyPublishers.ofString(Api.JSON.writeValueAsString(body));
    }
}
