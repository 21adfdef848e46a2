package io.sellercenter.accounts.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.internal.CurrentAccounts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in account ({@code me}, or null) into every page's model for the layout. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final CurrentAccounts currentAccounts;

    PageModel(CurrentAccounts currentAccounts) {
        this.currentAccounts = currentAccounts;
    }

    /** The page's own path, for the sidebar to mark it. */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    CurrentAccount me(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? null
                : currentAccounts.of(request).orElse(null);
    }
}
