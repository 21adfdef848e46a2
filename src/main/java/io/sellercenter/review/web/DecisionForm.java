package io.sellercenter.review.web;

import io.sellercenter.review.Decision;
import io.sellercenter.review.ReasonCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A reviewer's decision, from the review page and the API alike; no decision is chosen for the reviewer. */
public record DecisionForm(
        @NotNull Decision decision,
        @Size(max = 20) List<@NotNull ReasonCode> reasonCodes,
        @Size(max = 2000) String comment) {

    static DecisionForm empty() {
        return new DecisionForm(null, List.of(), null);
    }

    public List<ReasonCode> reasons() {
        return reasonCodes == null ? List.of() : reasonCodes;
    }
}
