package io.sellercenter.shared.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a request the container refuses before the application sees it (a path with {@code %00}, say): Tomcat
 * would write its own HTML page. Under {@code /api} it is problem+json with a code, elsewhere a page in our style.
 */
@Component
class RefusedRequests implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final ProblemWriter problems;
    private final MessageSource messages;

    RefusedRequests(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                if (!response.isError() || request.getMappingData().context != null || response.isCommitted()) {
                    getNext().invoke(request, response);
                    return;
                }
                answer(request, response);
            }
        });
    }

    private void answer(Request request, Response response) throws IOException {
        var status = response.getStatus();
        var locale =
                request.getLocale() != null && request.getLocale().getLanguage().equals("zh")
                        ? Locale.SIMPLIFIED_CHINESE
                        : Locale.ENGLISH;
        LocaleContextHolder.setLocale(locale);
        try {
            response.setErrorReported();
            response.setSuspended(false);
            response.resetBuffer();
            var uri = request.getDecodedRequestURI();
            if (uri != null && uri.startsWith("/api/")
                    || request.getRequestURI().startsWith("/api/")) {
                problems.write(response, status, ProblemHandler.codeFor(status));
                return;
            }
            var title = messages.getMessage("error.title." + (status == 400 ? "400" : "other"), null, locale);
            var detail = messages.getMessage("problem." + ProblemHandler.codeFor(status), null, locale);
            var back = messages.getMessage("error.back", null, locale);
            response.setStatus(status);
            response.setContentType("text/html;charset=UTF-8");
            var page = """
                    <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                    <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
                    <body class="bg-body-tertiary"><main class="container py-5" style="max-width:40rem">
                    <h1 class="h3">%s</h1><p class="alert alert-danger" role="alert">%s</p>
                    <p><a href="/">%s</a></p></main></body></html>
                    """.formatted(
                            locale.toLanguageTag(),
                            HtmlUtils.htmlEscape(title),
                            HtmlUtils.htmlEscape(title),
                            HtmlUtils.htmlEscape(detail),
                            HtmlUtils.htmlEscape(back));
            response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
