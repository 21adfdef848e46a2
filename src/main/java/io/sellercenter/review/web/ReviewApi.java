package io.sellercenter.review.web;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.Material;
import io.sellercenter.review.Precheck;
import io.sellercenter.review.ReviewKind;
import io.sellercenter.review.internal.ReviewConsole;
import io.sellercenter.review.internal.ReviewConsole.Case;
import io.sellercenter.review.internal.ReviewConsole.QueueItem;
import io.sellercenter.review.internal.ReviewConsole.Status;
import io.sellercenter.shared.Page;
import io.sellercenter.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Review")
class ReviewApi {

    private final ReviewConsole console;

    ReviewApi(ReviewConsole console) {
        this.console = console;
    }

    record ReviewCase(
            long reviewId,
            ReviewKind kind,
            Status status,
            long sellerId,
            String sellerName,
            String subject,
            int revision,
            Instant submittedAt,
            Duration age,
            List<Material> materials,
            List<Precheck> precheck,
            List<ReviewConsole.Revision> history) {

        static ReviewCase of(Case c) {
            var s = c.summary();
            return new ReviewCase(
                    s.reviewId(),
                    s.kind(),
                    s.status(),
                    s.sellerId(),
                    s.sellerName(),
                    s.subject(),
                    s.revision(),
                    s.submittedAt(),
                    s.age(),
                    c.current().materials(),
                    c.current().precheck(),
                    c.history());
        }
    }

    @GetMapping
    @Operation(summary = "The review queue by status and kind, oldest first (staff)")
    Page<QueueItem> queue(
            CurrentAccount me,
            @RequestParam(required = false) Status status,
            @RequestParam(required = false) ReviewKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return console.queue(me, status, kind, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case: the application's materials, precheck results and revision history (staff)")
    ReviewCase get(CurrentAccount me, @PathVariable long id) {
        return ReviewCase.of(console.find(me, id));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Approve or reject the current revision with reason codes and a comment (staff)")
    ReviewCase decide(CurrentAccount me, @PathVariable long id, @Valid @RequestBody DecisionForm form) {
        return ReviewCase.of(console.decide(me, id, form.decision(), form.reasons(), form.comment()));
    }
}
