package io.sellercenter.review;

import java.util.List;
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
                .map(p -> new Result(
                        p.check(),
                        p.passed(),
                        p.reasonCode(),
                        p.passed()
                                ? messages.getMessage("precheck.passed", null, locale)
                                : messages.getMessage(
                                        "precheck." + p.reasonCode(), p.args().toArray(), p.reasonCode(), locale)))
                .toList();
    }

    public List<Reason> reasons(List<String> codes) {
        var locale = LocaleContextHolder.getLocale();
        return codes.stream()
                .map(code -> new Reason(code, messages.getMessage("reason." + code, null, code, locale)))
                .toList();
    }
}
