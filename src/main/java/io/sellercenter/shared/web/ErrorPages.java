package io.sellercenter.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container answers when the application did not: a path it refused before any controller, an exception
 * that escaped, {@code sendError}. Under {@code /api} problem+json with a code; elsewhere the error page in the
 * layout, saying what happened by status. A 500 carries an id that is also in the log line.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Request attributes a page failure leaves for the error page: its message in the reader's language, its code. */
    static final String MESSAGE = ErrorPages.class.getName() + ".message";

    static final String CODE = ErrorPages.class.getName() + ".code";

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object error(HttpServletRequest request) {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500;
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u : "";
        String errorId = null;
        if (status >= 500) {
            errorId = Problems.errorId();
            log.error("Request {} {} failed, error id {}", request.getMethod(), uri, errorId, (Throwable)
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        var field = (String) request.getAttribute(ControlCharacterFilter.FIELD);
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            var problem = field != null
                    ? problems.validation(List.of(Problems.fieldError(
                            field, "CONTROL_CHARACTER", problems.message("field.CONTROL_CHARACTER"))))
                    : problems.of(status, ProblemHandler.codeFor(status));
            if (errorId != null) {
                problem.setProperty("errorId", errorId);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        var page = new ModelAndView("error", HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("errorId", errorId);
        page.addObject("code", request.getAttribute(CODE));
        var message = field != null
                ? problems.message("field.CONTROL_CHARACTER.named", field)
                : (String) request.getAttribute(MESSAGE);
        page.addObject("message", message);
        return page;
    }
}
