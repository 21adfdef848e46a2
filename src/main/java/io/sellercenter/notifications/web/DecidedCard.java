package io.sellercenter.notifications.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.notifications.internal.NotificationBook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard's tile of applications decided since the seller last looked: the unread review decisions. */
@Controller
class DecidedCard {

    private final NotificationBook book;

    DecidedCard(NotificationBook book) {
        this.book = book;
    }

    @GetMapping("/seller/dashboard/decided")
    String decided(CurrentAccount me, Model model) {
        model.addAttribute("decided", book.unread(me, NotificationBook.Kind.REVIEW_DECIDED));
        return "seller/dashboard-cards :: decided";
    }
}
