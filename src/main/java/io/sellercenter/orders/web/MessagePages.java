package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.OrderMessages;
import io.sellercenter.orders.internal.OrderQueries;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox of order conversations (R-H12): newest first with unread counts, each answered in place. */
@Controller
@RequestMapping("/seller/messages")
class MessagePages {

    static final int PAGE_SIZE = 30;

    private final OrderMessages messages;
    private final OrderQueries queries;

    MessagePages(OrderMessages messages, OrderQueries queries) {
        this.messages = messages;
        this.queries = queries;
    }

    @GetMapping
    String inbox(
            CurrentAccount me,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("unread", unread);
        model.addAttribute("page", messages.inbox(me, unread, new PageRequest(Math.max(0, page), PAGE_SIZE)));
        return "seller/messages";
    }

    /** One conversation; opening it marks the buyer's messages read. */
    @GetMapping("/{orderId}")
    String conversation(CurrentAccount me, @PathVariable long orderId, Model model) {
        model.addAttribute("order", queries.forSellerDetail(me, orderId));
        model.addAttribute("messages", messages.read(me, orderId));
        return "seller/conversation";
    }

    /**
     * A reply: from htmx the conversation alone comes back (the new message in it, or the error beside the text, kept);
     * without script the conversation page.
     */
    @PostMapping("/{orderId}")
    String reply(
            CurrentAccount me,
            @PathVariable long orderId,
            @RequestParam(defaultValue = "") String body,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        try {
            messages.send(me, orderId, body);
            model.addAttribute("sent", true);
        } catch (InvalidInputException e) {
            var error = e.errors().getFirst();
            model.addAttribute("messageError", "field." + error.code());
            model.addAttribute("messageArgs", error.args().toArray());
            model.addAttribute("messageBody", body);
        }
        if (htmx == null) {
            return model.containsAttribute("sent")
                    ? "redirect:/seller/messages/" + orderId + "?sent"
                    : conversation(me, orderId, model);
        }
        model.addAttribute("orderId", orderId);
        model.addAttribute("messages", messages.read(me, orderId));
        return "fragments/conversation :: thread";
    }
}
