package io.sellercenter.shared.web;

import io.sellercenter.shared.InputText;
import io.sellercenter.shared.InvalidInputException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Refuses a query, form or multipart value (or an uploaded file's name) with a control character other than tab,
 * line feed and carriage return, before anything reads it: PostgreSQL cannot store U+0000, and no field means one.
 * Runs after {@link RequestAdmission} has read the form and before the login form and the security chain; multipart
 * bodies are checked by {@link MultipartCheck} once Spring has read them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ControlCharacterFilter extends OncePerRequestFilter {

    static final String FIELD = ControlCharacterFilter.class.getName() + ".field";

    private final ProblemWriter problems;
    private final Problems vocabulary;

    ControlCharacterFilter(ProblemWriter problems, Problems vocabulary) {
        this.problems = problems;
        this.vocabulary = vocabulary;
    }

    /** The open-platform gateway answers such a call in the platform's own error envelope. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/sync") || path.equals("/rest") || path.startsWith("/rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var field = offending(request);
        if (field.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(
                    response,
                    vocabulary.validation(List.of(Problems.fieldError(
                            field.get(), "CONTROL_CHARACTER", vocabulary.message("field.CONTROL_CHARACTER")))));
            return;
        }
        request.setAttribute(FIELD, field.get());
        response.sendError(400);
    }

    /**
     * The query and form values; a multipart body is left to {@link #checkParts}, once Spring has read it, so that an
     * upload too large is still answered as such.
     */
    private static Optional<String> offending(HttpServletRequest request) {
        if (StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/")) {
            return offending(
                    UriComponentsBuilder.newInstance()
                            .query(request.getQueryString())
                            .build()
                            .getQueryParams()
                            .entrySet()
                            .stream()
                            .collect(Collectors.toMap(
                                    e -> decode(e.getKey()),
                                    e -> e.getValue().stream()
                                            .map(v -> v == null ? "" : decode(v))
                                            .toArray(String[]::new),
                                    (a, b) -> a)));
        }
        return offending(request.getParameterMap());
    }

    private static Optional<String> offending(Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            if (!InputText.acceptable(parameter.getKey())) {
                return Optional.of("?");
            }
            if (!Arrays.stream(parameter.getValue()).allMatch(InputText::acceptable)) {
                return Optional.of(parameter.getKey());
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return UriUtils.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** The text parts and file names of a multipart request, after Spring has read it. */
    static Optional<String> checkParts(MultipartHttpServletRequest request) {
        var text = offending(request.getParameterMap());
        if (text.isPresent()) {
            return text;
        }
        return request.getFileMap().entrySet().stream()
                .filter(f -> !InputText.acceptable(f.getValue().getOriginalFilename()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Runs {@link #checkParts} before any handler of a multipart request. */
    static final class MultipartCheck implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws IOException {
            if (!(request instanceof MultipartHttpServletRequest multipart)) {
                return true;
            }
            var field = checkParts(multipart);
            if (field.isEmpty()) {
                return true;
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                throw new InvalidInputException(field.get(), "CONTROL_CHARACTER");
            }
            request.setAttribute(FIELD, field.get());
            response.sendError(400);
            return false;
        }
    }
}
