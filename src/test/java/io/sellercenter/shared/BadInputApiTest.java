package io.sellercenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.sellercenter.Api;
import io.sellercenter.ApiTestBase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sends bad input to every operation in {@code /v3/api-docs}: malformed JSON, wrong types, missing
 * fields, 10 kB strings, unknown enum values, negative numbers, bad path and query values, control characters in
 * every string (JSON, query, multipart), null list elements, dates and months out of range, numbers beyond their
 * type. Every
 * answer must be a 4xx problem with a code — never a 2xx, a 5xx or a stack trace. New endpoints
 * are covered as soon as they are documented.
 */
class BadInputApiTest extends ApiTestBase {

    private static final String LONG = "x".repeat(10_000);

    private JsonNode docs;

    record Case(String method, String path, String body, String description, String contentType) {
        Case(String method, String path, String body, String description) {
            this(method, path, body, description, body == null ? null : "application/json");
        }
    }

    @Test
    void everyOperationAnswersBadInputWithA4xxProblem() {
        docs = api.get("/v3/api-docs", null).json();
        var cases = new ArrayList<Case>();
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> cases.addAll(
                                casesFor(operation.getKey().toUpperCase(), path.getKey(), operation.getValue()))));
        assertThat(cases).hasSizeGreaterThan(30);

        var tokens = Map.of(
                "seller", api.token("seller@demo.local", DEMO_PASSWORD),
                "admin", api.token("admin@demo.local", DEMO_PASSWORD),
                "anonymous", "");
        var soft = new SoftAssertions();
        for (var c : cases) {
            for (var token : tokens.entrySet()) {
                var response = api.send(
                        c.method(),
                        c.path(),
                        token.getValue().isEmpty() ? null : token.getValue(),
                        c.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(c.body()),
                        c.contentType());
                var what = c.method() + " " + c.path() + " as " + token.getKey() + " with " + c.description() + ": "
                        + response.status() + " " + abbreviate(response.text());
                soft.assertThat(response.status()).as(what).isBetween(400, 499);
                soft.assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
                if (response.header("Content-Type") != null
                        && response.header("Content-Type").startsWith("application/problem+json")) {
                    soft.assertThat(response.code()).as(what).isNotBlank();
                    soft.assertThat(response.json().path("detail").asString())
                            .as(what)
                            .isNotBlank();
                }
                soft.assertThat(response.text())
                        .as(what)
                        .doesNotContain("Exception")
                        .doesNotContain("\tat ");
            }
        }
        soft.assertAll();
    }

    private List<Case> casesFor(String method, String template, JsonNode operation) {
        var cases = new ArrayList<Case>();
        var parameters = operation.path("parameters");
        var path = template.replaceAll("\\{[^}]+}", "987654321");
        for (var parameter : parameters) {
            var type = type(parameter.path("schema"));
            var name = parameter.get("name").asString();
            if (parameter.get("in").asString().equals("path")) {
                cases.add(new Case(
                        method,
                        template.replace("{" + name + "}", "not-a-number").replaceAll("\\{[^}]+}", "987654321"),
                        body(operation, "{}"),
                        "path " + name + " not a number"));
                cases.add(new Case(
                        method,
                        template.replace("{" + name + "}", "-1").replaceAll("\\{[^}]+}", "987654321"),
                        body(operation, "{}"),
                        "path " + name + " negative"));
            } else if (parameter.get("in").asString().equals("query") && type.equals("integer")) {
                cases.add(new Case(
                        method, path + "?" + name + "=abc", body(operation, "{}"), "query " + name + " not a number"));
                cases.add(new Case(
                        method, path + "?" + name + "=-1", body(operation, "{}"), "query " + name + " negative"));
                cases.add(new Case(
                        method,
                        path + "?" + name + "=9223372036854775808",
                        body(operation, "{}"),
                        "query " + name + " beyond a long"));
            } else if (parameter.get("in").asString().equals("query") && type.equals("string")) {
                cases.add(new Case(
                        method,
                        path + "?" + name + "=" + edgeOf(parameter.path("schema")),
                        body(operation, "{}"),
                        "query " + name + " with a NUL or out of range"));
            }
        }
        if (template.contains("{")) {
            cases.add(new Case(
                    method,
                    template.replaceAll("\\{[^}]+}", "9223372036854775808"),
                    body(operation, "{}"),
                    "path ids beyond a long"));
        }
        var content = operation.path("requestBody").path("content");
        if (content.isMissingNode()) {
            return cases;
        }
        var json = content.path("application/json");
        if (json.isMissingNode()) {
            cases.add(new Case(method, path, "{}", "JSON where another media type is expected"));
            var multipart = content.path("multipart/form-data");
            if (!multipart.isMissingNode()) {
                cases.add(multipartWithNul(method, path, resolve(multipart.path("schema"))));
            }
            return cases;
        }
        var schema = resolve(json.path("schema"));
        cases.add(new Case(method, path, "{\"broken\": ", "malformed JSON"));
        cases.add(new Case(method, path, "[1, 2, 3]", "an array for an object"));
        cases.add(new Case(method, path, "\"text\"", "a string for an object"));
        if (schema.path("required").size() > 0) {
            cases.add(new Case(method, path, "{}", "required fields missing"));
            cases.add(new Case(method, path, "null", "null body"));
        }
        var properties = schema.path("properties");
        if (properties.isEmpty()) {
            return cases;
        }
        cases.add(new Case(
                method, path, Api.JSON.writeValueAsString(body(properties, Variant.WRONG_TYPES)), "wrong types"));
        if (has(properties, "string")) {
            cases.add(new Case(
                    method,
                    path,
                    Api.JSON.writeValueAsString(body(properties, Variant.LONG_STRINGS)),
                    "10 kB strings"));
        }
        if (has(properties, "integer") || has(properties, "number")) {
            cases.add(new Case(
                    method,
                    path,
                    Api.JSON.writeValueAsString(body(properties, Variant.NEGATIVE_NUMBERS)),
                    "negative numbers"));
        }
        if (has(properties, "string")) {
            cases.add(new Case(
                    method,
                    path,
                    Api.JSON.writeValueAsString(body(properties, Variant.CONTROL_CHARACTERS)),
                    "strings with U+0000"));
        }
        if (has(properties, "array")) {
            cases.add(new Case(
                    method,
                    path,
                    Api.JSON.writeValueAsString(body(properties, Variant.NULL_ELEMENTS)),
                    "null list elements"));
        }
        if (has(properties, "integer") || has(properties, "number")) {
            cases.add(new Case(
                    method,
                    path,
                    Api.JSON.writeValueAsString(body(properties, Variant.EDGE_NUMBERS)),
                    "numbers beyond their type"));
        }
        if (hasEnum(properties)) {
            cases.add(new Case(
                    method,
                    path,
                    Api.JSON.writeValueAsString(body(properties, Variant.UNKNOWN_ENUMS)),
                    "unknown enum values"));
        }
        return cases;
    }

    private static String body(JsonNode operation, String fallback) {
        return operation.path("requestBody").isMissingNode() ? null : fallback;
    }

    enum Variant {
        WRONG_TYPES,
        LONG_STRINGS,
        NEGATIVE_NUMBERS,
        UNKNOWN_ENUMS,
        CONTROL_CHARACTERS,
        NULL_ELEMENTS,
        EDGE_NUMBERS
    }

    /** A string query value that no field accepts: a date or month out of range, else text with U+0000. */
    private static String edgeOf(JsonNode schema) {
        return switch (schema.path("format").asString("")) {
            case "date-time" -> "%2B999999999-01-01T00:00:00Z";
            case "date" -> "0000-01-01";
            default -> schema.path("example").asString("").matches("[0-9]{4}-[0-9]{2}") ? "0000-01" : "a%00b";
        };
    }

    /** Every text part carries U+0000; file parts are a small PDF. */
    private Case multipartWithNul(String method, String path, JsonNode schema) {
        var boundary = "----badinput" + System.nanoTime();
        var body = new StringBuilder();
        schema.path("properties").properties().forEach(p -> {
            body.append("--").append(boundary).append("\r\n");
            if ("binary".equals(resolve(p.getValue()).path("format").asString())) {
                body.append("Content-Disposition: form-data; name=\"")
                        .append(p.getKey())
                        .append("\"; filename=\"l.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n");
            } else {
                body.append("Content-Disposition: form-data; name=\"")
                        .append(p.getKey())
                        .append("\"\r\n\r\na\u0000b\r\n");
            }
        });
        body.append("--").append(boundary).append("--\r\n");
        return new Case(
                method,
                path,
                body.toString(),
                "multipart text with U+0000",
                "multipart/form-data; boundary=" + boundary);
    }

    private Map<String, Object> body(JsonNode properties, Variant variant) {
        var body = new LinkedHashMap<String, Object>();
        properties.properties().forEach(p -> body.put(p.getKey(), value(resolve(p.getValue()), variant)));
        return body;
    }

    private Object value(JsonNode schema, Variant variant) {
        var type = type(schema);
        var isEnum = schema.has("enum");
        return switch (variant) {
            case WRONG_TYPES ->
                switch (type) {
                    case "string" -> Map.of("not", "a string");
                    case "integer", "number" -> "not-a-number";
                    case "boolean" -> "maybe";
                    case "array" -> Map.of("not", "an array");
                    default -> 12;
                };
            case UNKNOWN_ENUMS ->
                isEnum
                        ? "NOT_A_VALUE"
                        : type.equals("array") && resolve(schema.path("items")).has("enum")
                                ? List.of("NOT_A_VALUE")
                                : plausible(schema);
            case LONG_STRINGS -> type.equals("string") && !isEnum ? LONG : plausible(schema);
            case NEGATIVE_NUMBERS -> type.equals("integer") || type.equals("number") ? -1 : plausible(schema);
            case CONTROL_CHARACTERS -> type.equals("string") && !isEnum ? "a\u0000b" : plausible(schema);
            case NULL_ELEMENTS -> type.equals("array") ? Collections.singletonList(null) : plausible(schema);
            case EDGE_NUMBERS ->
                switch (type) {
                    case "integer" ->
                        "int32".equals(schema.path("format").asString())
                                ? new BigInteger("2147483648")
                                : new BigInteger("9223372036854775808");
                    case "number" -> new BigDecimal("1e400");
                    default -> plausible(schema);
                };
        };
    }

    private Object plausible(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        return switch (type(schema)) {
            case "string" -> "email".equals(schema.path("format").asString()) ? "someone@example.com" : "plausible";
            case "integer", "number" -> 1;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> "plausible";
        };
    }

    private boolean has(JsonNode properties, String type) {
        return properties
                .valueStream()
                .anyMatch(p -> type(resolve(p)).equals(type) && !resolve(p).has("enum"));
    }

    private boolean hasEnum(JsonNode properties) {
        return properties
                .valueStream()
                .map(this::resolve)
                .anyMatch(p -> p.has("enum") || resolve(p.path("items")).has("enum"));
    }

    private JsonNode resolve(JsonNode schema) {
        var ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return docs.get("components").get("schemas").get(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        return type.asString("object");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
