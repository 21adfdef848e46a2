package io.sellercenter.shared.web;

import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Turns every failure of an {@code /api/} request into problem+json with a stable code; pages keep
 * Spring's own error handling (the exception is rethrown for them).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Problems problems;
    private final MessageSource messages;

    ProblemHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** A domain failure: problem+json for the API, the error page with its message for pages. */
    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request, HttpServletResponse servletResponse)
            throws IOException {
        var problem = problems.of(e);
        if (!isApi(request)) {
            // the error page renders in the layout, with the account, like every page
            request.setAttribute(ErrorPages.MESSAGE, problem.getDetail());
            request.setAttribute(ErrorPages.CODE, e.code());
            servletResponse.sendError(e.status());
            return new ModelAndView();
        }
        var response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e instanceof TooManyRequestsException tooMany) {
            response.header(
                    HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfter().toSeconds()));
        }
        return response.body(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        var locale = LocaleContextHolder.getLocale();
        var errors = new ArrayList<Map<String, String>>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> errors.add(
                        Problems.fieldError(f.getField(), upperSnake(f.getCode()), messages.getMessage(f, locale))));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(Problems.fieldError(
                        g.getObjectName(), upperSnake(g.getCode()), messages.getMessage(g, locale))));
        return respond(problems.validation(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        var locale = LocaleContextHolder.getLocale();
        var errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Problems.fieldError(
                                r.getMethodParameter().getParameterName(),
                                upperSnake(err.getCodes() == null ? "INVALID" : last(err.getCodes())),
                                messages.getMessage(err, locale))))
                .toList();
        return respond(problems.validation(errors));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violated(ConstraintViolationException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        var errors = e.getConstraintViolations().stream()
                .map(v -> Problems.fieldError(
                        v.getPropertyPath().toString(),
                        upperSnake(v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        v.getMessage()))
                .toList();
        return respond(problems.validation(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        if (e.getCause() instanceof JacksonException jackson
                && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            var field = jackson.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            var code = jackson instanceof InputBoundary.ControlCharacterInJson
                    ? "CONTROL_CHARACTER"
                    : jackson instanceof InvalidNullException ? "NOT_NULL" : "INVALID_VALUE";
            return respond(
                    problems.validation(List.of(Problems.fieldError(field, code, problems.message("field." + code)))));
        }
        return respond(problems.of(400, "MALFORMED_REQUEST"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        var code = "INVALID_VALUE";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                code = invalid.errors().getFirst().code();
            }
        }
        return respond(problems.validation(
                List.of(Problems.fieldError(e.getName(), code, problems.message("field." + code)))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return respond(problems.of(413, "PAYLOAD_TOO_LARGE"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        if (causedByTooLarge(e)) {
            return respond(problems.of(413, "PAYLOAD_TOO_LARGE"));
        }
        return respond(problems.of(400, "MALFORMED_REQUEST"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return respond(problems.of(403, "FORBIDDEN"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return respond(problems.of(401, "UNAUTHENTICATED"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        var status =
                e instanceof ErrorResponse framework ? framework.getStatusCode().value() : 500;
        var problem = problems.of(status, codeFor(status));
        if (status >= 500) {
            var errorId = Problems.errorId();
            problem.setProperty("errorId", errorId);
            log.error("Request {} {} failed, error id {}", request.getMethod(), request.getRequestURI(), errorId, e);
        }
        var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e instanceof ErrorResponse framework) {
            framework.getHeaders().forEach((name, values) -> response.header(name, values.toArray(String[]::new)));
        }
        return response.body(problem);
    }

    /** The code of a failure known only by its status. */
    static String codeFor(int status) {
        return switch (status) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND_PATH";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status < 500 ? "BAD_REQUEST" : "INTERNAL_ERROR";
        };
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static <E extends Exception> void apiOnly(E e, HttpServletRequest request) throws E {
        if (!isApi(request)) {
            throw e;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean causedByTooLarge(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static String last(String[] codes) {
        return codes[codes.length - 1];
    }

    static String upperSnake(String code) {
        if (code == null) {
            return "INVALID";
        }
        return code.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
