package io.sellercenter.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every refusal that names a rule names the one it enforces: each code with its rule (none where DESIGN.md numbers
 * none), read from the sources, against this list; and the rules themselves against DESIGN.md where it is at hand.
 */
class RuleIdsTest {

    private static final Pattern REFUSAL = Pattern.compile(
            "(?:new RuleViolationException\\(\\s*Rule\\.(R_[SWH]\\d+)|RuleViolationException\\.unnumbered\\()\\s*,?\\s*\"([A-Z_]+)\"");

    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("BUYER_CHOSE_NO_SERVICE", "R-H3"),
            Map.entry("SERVICE_MISMATCH_NOT_CONFIRMED", "R-H3"),
            Map.entry("DEDUCTION_ACCOUNT_NOT_BOUND", "R-H2"),
            Map.entry("PICKUP_NOT_AVAILABLE", "R-H6"),
            Map.entry("NO_QUALIFICATIONS_REQUIRED", "R-S4"),
            Map.entry("SHIPS_FROM_CHINA", "none"),
            Map.entry("SHIPS_FROM_OVERSEAS_WAREHOUSE", "none"),
            Map.entry("LINES_FROM_SEVERAL_WAREHOUSES", "none"),
            Map.entry("QUALIFICATIONS_NOT_APPROVED", "R-S4"),
            Map.entry("GOODS_TYPE_NOT_ACCEPTED", "R-H4"),
            Map.entry("SHIP_QUANTITY_INVALID", "R-H9"),
            Map.entry("NOTHING_TO_SHIP", "R-H9"),
            Map.entry("LOCATION_NOT_SUPPORTED", "R-W1"),
            Map.entry("OVERSEAS_PERMISSION_REQUIRED", "R-W2"),
            Map.entry("CATEGORY_NOT_OPEN", "R-W3"),
            Map.entry("PRECHECK_FAILED", "R-S3 R-S4 R-W7"),
            Map.entry("CURRENCY_MISMATCH", "R-W8"),
            Map.entry("NO_FIRST_LEG_RATE", "R-W8"),
            Map.entry("OVER_LAST_MILE_LIMIT", "R-W8"),
            Map.entry("CERTIFICATION_MISSING", "R-S3"),
            Map.entry("MAJOR_CATEGORY_REQUIRED", "R-S4"),
            Map.entry("NOT_A_MAJOR_CATEGORY", "R-S4"),
            Map.entry("MAJOR_CATEGORY_LOCKED", "R-S4"),
            Map.entry("CATEGORY_OUTSIDE_MAJOR_CATEGORY", "R-S4"),
            Map.entry("SUB_CATEGORY_OUTSIDE_MAJOR_CATEGORY", "R-S4"),
            Map.entry("STORE_REQUIREMENTS_MISSING", "R-S7"),
            Map.entry("ONE_BRAND_FOR_STORE_TYPE", "R-S7"),
            Map.entry("BRAND_NOT_OWNED_OR_EXCLUSIVE", "R-S7"),
            Map.entry("ITEMS_FROM_SEVERAL_STORES", "none"),
            Map.entry("EXTENSION_TOO_LONG", "none"),
            Map.entry("HANDLING_TOO_LONG", "none"),
            Map.entry("NOTHING_TO_SHIP_FROM_CHINA", "none"),
            Map.entry("OVERSEAS_STOCK_BY_INBOUND_ONLY", "none")));

    @Test
    void everyRefusalNamesTheRuleItEnforces() throws IOException {
        var found = new TreeMap<String, String>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = REFUSAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    var rule =
                            matcher.group(1) == null ? "none" : matcher.group(1).replace('_', '-');
                    found.merge(matcher.group(2), rule, (a, b) -> a.equals(b) ? a : a + " " + b);
                }
            }
        }
        found.replaceAll((code, rules) -> String.join(" ", new TreeSet<>(List.of(rules.split(" ")))));
        assertThat(found).isEqualTo(EXPECTED);
    }

    @Test
    void theRulesAreDesignMdsRules() throws IOException {
        var design = Path.of("../shared/DESIGN.md");
        for (var rule : Rule.values()) {
            assertThat(rule.id()).matches("R-[SWH]\\d+");
            assertThat(rule.summary()).isNotBlank();
        }
        if (Files.exists(design)) {
            var text = Files.readString(design);
            for (var rule : Rule.values()) {
                assertThat(text).as(rule.id()).contains("- " + rule.id() + " ");
            }
        }
    }
}
