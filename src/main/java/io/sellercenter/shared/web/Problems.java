package io.sellercenter.shared.web;

import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.RuleViolationException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problems with a stable {@code code} and a message in the request's language. */
@Component
public class Problems {

    public static final String TYPE_PREFIX = "https://sellercenter.io/problems/";

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(int status, String code, Object... args) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        var reason = HttpStatus.resolve(status);
        problem.setTitle(reason == null ? String.valueOf(status) : reason.getReasonPhrase());
        problem.setDetail(message("problem." + code, args));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail of(DomainException e) {
        var problem = of(e.status(), e.code(), e.args());
        e.properties().forEach(problem::setProperty);
        if (e instanceof RuleViolationException rule && rule.rule() != null) {
            problem.setProperty("rule", rule.rule());
        }
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty(
                    "errors",
                    invalid.errors().stream()
                            .map(f -> fieldError(
                                    f.field(),
                                    f.code(),
                                    message("field." + f.code(), f.args().toArray())))
                            .toList());
        }
        return problem;
    }

    /** The problem in one sentence for a page's message: its detail, then each field's own message. */
    public String explain(DomainException e) {
        var text = new StringBuilder(of(e).getDetail());
        if (e instanceof InvalidInputException invalid) {
            invalid.errors()
                    .forEach(f -> text.append(' ')
                            .append(message("field." + f.code(), f.args().toArray())));
        }
        return text.toString();
    }

    public ProblemDetail validation(List<Map<String, String>> errors) {
        var problem = of(400, "VALIDATION_FAILED");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A short id for a failure, in the answer and in the log line. */
    static String errorId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, String> fieldError(String field, String code, String message) {
        return Map.of("field", field, "code", code, "message", message);
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
