package io.sellercenter.review.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.Decision;
import io.sellercenter.review.ReasonCode;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.internal.ReviewConsole;
import io.sellercenter.shared.DomainException;
import io.sellercenter.shared.PageRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff review console: the queue and a case with its materials, prechecks, history and decision. */
@Controller
@RequestMapping("/staff/reviews")
class ReviewPages {

    private final ReviewConsole console;

    ReviewPages(ReviewConsole console) {
        this.console = console;
    }

    @GetMapping
    String queue(
            CurrentAccount me,
            @RequestParam(required = false) ReviewConsole.Status status,
            @RequestParam(required = false) ReviewKind kind,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", console.queue(me, status, kind, new PageRequest(Math.max(0, page), 50)));
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("statuses", ReviewConsole.Status.values());
        model.addAttribute("kinds", ReviewKind.values());
        return "staff/reviews";
    }

    @GetMapping("/{id}")
    String show(CurrentAccount me, @PathVariable long id, Model model) {
        var reviewCase = console.find(me, id);
        model.addAttribute("reviewCase", reviewCase);
        model.addAttribute(
                "reasons",
                Arrays.stream(ReasonCode.values())
                        .filter(r -> r.appliesTo(reviewCase.summary().kind()))
                        .toList());
        return "staff/review";
    }

    @PostMapping("/{id}/decision")
    String decide(
            CurrentAccount me,
            @PathVariable long id,
            @RequestParam Decision decision,
            @RequestParam(required = false) List<ReasonCode> reasonCodes,
            @RequestParam(required = false) String comment,
            Model model) {
        try {
            console.decide(me, id, decision, reasonCodes == null ? List.of() : reasonCodes, comment);
            return "redirect:/staff/reviews/" + id + "?decided";
        } catch (DomainException e) {
            model.addAttribute("problem", e);
            return show(me, id, model);
        }
    }
}
