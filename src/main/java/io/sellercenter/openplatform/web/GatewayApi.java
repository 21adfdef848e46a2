package io.sellercenter.openplatform.web;

import io.sellercenter.openplatform.internal.Gateway;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** The platform's gateway paths: {@code /sync?method=…} and {@code /rest/…}, parameters in the query or a form body. */
@RestController
@Hidden
class GatewayApi {

    private final Gateway gateway;

    GatewayApi(Gateway gateway) {
        this.gateway = gateway;
    }

    @RequestMapping(
            path = "/sync",
            method = {RequestMethod.GET, RequestMethod.POST})
    Map<String, Object> sync(HttpServletRequest request) {
        return gateway.answer(null, params(request));
    }

    @RequestMapping(
            path = {"/rest", "/rest/**"},
            method = {RequestMethod.GET, RequestMethod.POST})
    Map<String, Object> rest(HttpServletRequest request) {
        return gateway.answer(
                request.getRequestURI().substring(request.getContextPath().length() + "/rest".length()),
                params(request));
    }

    private static Map<String, String> params(HttpServletRequest request) {
        var params = new HashMap<String, String>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values.length == 0 ? "" : values[0]));
        return params;
    }
}
