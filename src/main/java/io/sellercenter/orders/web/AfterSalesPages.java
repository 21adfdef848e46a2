package io.sellercenter.orders.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.orders.internal.AfterSales;
import io.sellercenter.orders.internal.OrderLifecycle;
import io.sellercenter.orders.internal.OrderMessages;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.InvalidInputException;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.Problems;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * After-sales: buyers' cancellation requests with their 48-hour answer deadline (accept, or refuse with a reason the
 * buyer reads), more time for the buyer to confirm receipt, disputes with their state, refunds as they happen.
 */
@Controller
@RequestMapping("/seller/after-sales")
class AfterSalesPages {

    static final int PAGE_SIZE = 50;

    private final AfterSales afterSales;
    private final OrderLifecycle lifecycle;
    private final OrderMessages messages;
    private final Problems problems;

    AfterSalesPages(AfterSales afterSales, OrderLifecycle lifecycle, OrderMessages messages, Problems problems) {
        this.afterSales = afterSales;
        this.lifecycle = lifecycle;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping
    String list(
            CurrentAccount me,
            @RequestParam(defaultValue = "CANCELLATIONS") AfterSales.Kind tab,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", AfterSales.Kind.values());
        model.addAttribute("counts", afterSales.counts(me));
        model.addAttribute("page", afterSales.list(me, tab, new PageRequest(Math.max(0, page), PAGE_SIZE)));
        return "seller/after-sales";
    }

    /** Accept, or refuse with a reason (required here: the buyer is told why); back to the list with the outcome. */
    @PostMapping("/{orderId}/cancellation")
    String answer(
            CurrentAccount me,
            @PathVariable long orderId,
            @Valid @ModelAttribute CancelAnswer answer,
            BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()
                || (!answer.accept()
                        && (answer.reason() == null || answer.reason().isBlank()))) {
            redirect.addFlashAttribute("refusedFor", orderId);
            redirect.addFlashAttribute(
                    "reasonError",
                    problems.message(
                            result.hasFieldErrors("reason")
                                    ? "field.MESSAGE_TOO_LONG"
                                    : "field.REFUSAL_REASON_REQUIRED",
                            OrderMessages.MAX_LENGTH));
            redirect.addFlashAttribute("reason", answer.reason());
            return "redirect:/seller/after-sales?tab=CANCELLATIONS";
        }
        try {
            answer.apply(me, orderId, lifecycle, messages);
            redirect.addFlashAttribute("answered", orderId);
            redirect.addFlashAttribute("accepted", answer.accept());
        } catch (DomainException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("failed", problems.of(e).getDetail());
        }
        return "redirect:/seller/after-sales?tab=CANCELLATIONS";
    }

    @PostMapping("/{orderId}/receipt-extension")
    String extend(
            CurrentAccount me,
            @PathVariable long orderId,
            @RequestParam(defaultValue = "0") int days,
            RedirectAttributes redirect) {
        try {
            if (days < 1 || days > 30) {
                throw new InvalidInputException("days", "EXTENSION_DAYS");
            }
            lifecycle.extendReceipt(me, orderId, days);
            redirect.addFlashAttribute("extended", orderId);
        } catch (DomainException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("extendFailedFor", orderId);
            redirect.addFlashAttribute(
                    "failed",
                    e instanceof InvalidInputException
                            ? problems.message("field.EXTENSION_DAYS")
                            : problems.of(e).getDetail());
        }
        return "redirect:/seller/after-sales?tab=RECEIPT";
    }
}
