package io.sellercenter.openplatform.internal;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.ForbiddenException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One authenticated call: its parameters, the account its token acts for, and the platform's answer shapes. */
public final class GatewayCall {

    /** A business refusal, answered inside the method's own envelope as the platform does. */
    public record Failure(String code, String message) {}

    static final int MAX_PAGE_SIZE = 50;

    private final Map<String, String> params;
    private final CurrentAccount account;
    private final JsonMapper json;
    private final Problems problems;

    GatewayCall(Map<String, String> params, CurrentAccount account, JsonMapper json, Problems problems) {
        this.params = params;
        this.account = account;
        this.json = json;
        this.problems = problems;
    }

    public CurrentAccount account() {
        return account;
    }

    public String param(String name) {
        var value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String required(String name) {
        var value = param(name);
        if (value == null) {
            throw GatewayException.isv("MissingParameter", name);
        }
        return value;
    }

    /** An optional parameter of at most {@code max} characters. */
    public String param(String name, int max) {
        return limited(param(name), name, max);
    }

    public String required(String name, int max) {
        return limited(required(name), name, max);
    }

    public long requiredId(String name) {
        return id(name, required(name));
    }

    /** A JSON object or list parameter, or an empty object when absent. */
    public JsonNode json(String name) {
        var value = param(name);
        if (value == null) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(value);
        } catch (JacksonException e) {
            throw GatewayException.isv("InvalidParameter", name);
        }
    }

    public JsonNode requiredJson(String name) {
        required(name);
        return json(name);
    }

    /** A positive id from a JSON field or parameter text; anything else is {@code InvalidParameter}. */
    public static long id(String name, String value) {
        try {
            var id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw GatewayException.isv("InvalidParameter", name);
    }

    /** A text field of a JSON parameter, absent when missing, null or blank. */
    public static Optional<String> text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.asString("").isBlank()
                ? Optional.empty()
                : Optional.of(value.asString().strip());
    }

    /** A required text field of a JSON parameter, {@code name} its full name in the answer. */
    public static String text(JsonNode node, String field, String name, int max) {
        return limited(text(node, field).orElseThrow(() -> GatewayException.isv("MissingParameter", name)), name, max);
    }

    /** At most {@code max} characters (code points), or {@code InvalidParameter}; null stays null. */
    public static String limited(String value, String name, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw GatewayException.isv("InvalidParameter", name);
        }
        return value == null ? null : value.strip();
    }

    /** The platform's paging: {@code current_page} from 1, {@code page_size} 1 to 50 (20 when not given). */
    public static PageRequest page(String currentPage, String pageSize) {
        var page = currentPage == null || currentPage.isBlank() ? 1 : id("current_page", currentPage);
        var size = pageSize == null || pageSize.isBlank() ? 20 : id("page_size", pageSize);
        if (size > MAX_PAGE_SIZE || page > Integer.MAX_VALUE / MAX_PAGE_SIZE) {
            throw GatewayException.isv("InvalidParameter", size > MAX_PAGE_SIZE ? "page_size" : "current_page");
        }
        return new PageRequest((int) page - 1, (int) size);
    }

    /**
     * Runs the business; a refusal (not a missing permission, which the gateway answers as {@code
     * InsufficientPermission}) becomes the method's own failure shape.
     */
    public Map<String, Object> business(
            Supplier<Map<String, Object>> action, Function<Failure, Map<String, Object>> failed) {
        try {
            return action.get();
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            return failed.apply(new Failure(e.code(), problems.explain(e)));
        }
    }

    /** A map that keeps its order and takes nulls, for the wire shapes. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
