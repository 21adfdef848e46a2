package io.sellercenter.shared;

/** What the application accepts as text: no control characters other than tab, line feed and carriage return. */
public final class InputText {

    private InputText() {}

    public static boolean acceptable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The text unchanged, or a 400 naming {@code field}. */
    public static String require(String field, String text) {
        if (!acceptable(text)) {
            throw new InvalidInputException(field, "CONTROL_CHARACTER");
        }
        return text;
    }

    /** A LIKE pattern that finds the text anywhere, as itself: {@code %} and {@code _} are no wildcards in a search box. */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** What an optional field holds: the text trimmed, or {@code null} when it is blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
