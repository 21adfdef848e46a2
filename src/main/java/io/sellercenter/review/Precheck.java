package io.sellercenter.review;

import java.util.List;

/**
 * The result of one automatic check run before submission; {@code reasonCode} says why it failed
 * and {@code args} fill its message ({@code precheck.<reasonCode>}).
 */
public record Precheck(String check, boolean passed, String reasonCode, List<String> args) {

    public static Precheck passed(String check) {
        return new Precheck(check, true, null, List.of());
    }

    public static Precheck failed(String check, String reasonCode, String... args) {
        return new Precheck(check, false, reasonCode, List.of(args));
    }
}
