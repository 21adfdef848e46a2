package io.sellercenter.notifications.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.notifications.internal.NotificationBook;
import io.sellercenter.notifications.internal.NotificationBook.Notification;
import io.sellercenter.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The seller's notification list; opening one marks it read and leads to what it is about. */
@Controller
@RequestMapping("/seller/notifications")
class NotificationPages {

    private final NotificationBook book;

    NotificationPages(NotificationBook book) {
        this.book = book;
    }

    @GetMapping
    String list(CurrentAccount me, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", book.list(me, new PageRequest(Math.max(0, page), 50)));
        return "seller/notifications";
    }

    @GetMapping("/{id}")
    String open(CurrentAccount me, @PathVariable long id) {
        return "redirect:" + target(book.open(me, id));
    }

    @PostMapping("/read")
    String readAll(CurrentAccount me) {
        book.readAll(me);
        return "redirect:/seller/notifications?read";
    }

    private static String target(Notification n) {
        return switch (n.kind()) {
            case REVIEW_DECIDED -> {
                var parts = n.detail().split(":");
                yield switch (parts[0]) {
                    case "CERTIFICATION" -> "/seller/certification";
                    case "BRAND", "BRAND_AUTHORIZATION" -> "/seller/brands";
                    default -> "/seller/overseas/" + parts[2];
                };
            }
            case BUYER_MESSAGE -> "/seller/orders/" + n.subjectId() + "#messages";
            default -> "/seller/orders/" + n.subjectId();
        };
    }
}
