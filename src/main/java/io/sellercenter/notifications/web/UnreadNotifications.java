package io.sellercenter.notifications.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.accounts.RequestAccount;
import io.sellercenter.notifications.internal.NotificationBook;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The bell's count in every seller page's top bar. */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotifications {

    private final NotificationBook book;
    private final RequestAccount accounts;

    UnreadNotifications(NotificationBook book, RequestAccount accounts) {
        this.book = book;
        this.accounts = accounts;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return accounts.of(request)
                .filter(CurrentAccount::isSeller)
                .map(book::unread)
                .orElse(null);
    }
}
