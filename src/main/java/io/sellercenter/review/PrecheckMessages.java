package io.sellercenter.review;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Precheck results and rejection reasons in the request's language, as APIs return them. */
@Service
public class PrecheckMessages {

    /** One precheck as the seller reads it. */
    public record Result(String check, boolean passed, String reasonCode, String message) {}

    /** One rejection reason as the seller reads it. */
    public record Reason(String code, String message) {}

    private final MessageSource messages;

    PrecheckMessages(MessageSource messages) {
        this.messages = messages;
    }

    public List<Result> results(List<Precheck> prechecks) {
        var locale = LocaleContextHolder.getLocale();
        return prechecks.stream()
                .map(p -> new Result(p.check(), p.passed(), p.reasonCode(), message(p, true)))
                .toList();
    }

    /** The check's result in the reader's language; materials by the names the seller sees (pages). */
    public String text(Precheck precheck) {
        return message(precheck, false);
    }

    /**
     * A failed check's args are joined into its message's one argument, each material named in words ({@code
     * material.<field>}); with {@code fieldNames} the stable field name follows in brackets, for API clients.
     */
    private String message(Precheck p, boolean fieldNames) {
        var locale = LocaleContextHolder.getLocale();
        if (p.passed()) {
            return messages.getMessage("precheck.passed", null, locale);
        }
        if (p.args().isEmpty()) {
            return messages.getMessage("precheck." + p.reasonCode(), null, p.reasonCode(), locale);
        }
        var separator = locale.getLanguage().equals("zh") ? "、" : ", ";
        var items = p.args().stream().map(arg -> item(arg, fieldNames, locale)).toList();
        return messages.getMessage(
                "precheck." + p.reasonCode(), new Object[] {String.join(separator, items)}, p.reasonCode(), locale);
    }

    private String item(String arg, boolean fieldNames, Locale locale) {
        var field = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        var name = messages.getMessage("material." + field, null, null, locale);
        if (name == null) {
            return arg;
        }
        if (arg.contains("=")) {
            name = messages.getMessage(
                    "material.mustRead", new Object[] {name, arg.substring(arg.indexOf('=') + 1)}, locale);
        }
        return fieldNames ? name + " (" + field + ")" : name;
    }

    public List<Reason> reasons(List<String> codes) {
        var locale = LocaleContextHolder.getLocale();
        return codes.stream()
                .map(code -> new Reason(code, messages.getMessage("reason." + code, null, code, locale)))
                .toList();
    }
}
