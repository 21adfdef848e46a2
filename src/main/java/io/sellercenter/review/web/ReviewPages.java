package io.sellercenter.review.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.ReasonCode;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.internal.ReviewConsole;
import io.sellercenter.shared.PageRequest;
import io.sellercenter.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DecisionForm.empty());
        }
        return "staff/review";
    }

    @PostMapping("/{id}/decision")
    String decide(
            CurrentAccount me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult result,
            Model model) {
        if (FormErrors.saved(result, () -> console.decide(me, id, form.decision(), form.reasons(), form.comment()))) {
            return "redirect:/staff/reviews/" + id + "?decided";
        }
        return show(me, id, model);
    }
}
