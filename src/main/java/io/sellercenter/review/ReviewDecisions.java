package io.sellercenter.review;

import io.sellercenter.accounts.CurrentAccount;
import io.sellercenter.review.internal.ReviewConsole;
import java.util.List;
import org.springframework.stereotype.Service;

/** A staff decision on a case, as the console records it; publishes {@link ReviewDecided}. */
@Service
public class ReviewDecisions {

    private final ReviewConsole console;

    ReviewDecisions(ReviewConsole console) {
        this.console = console;
    }

    public void decide(
            CurrentAccount staff, long reviewId, Decision decision, List<ReasonCode> reasons, String comment) {
        console.decide(staff, reviewId, decision, reasons, comment);
    }
}
