package io.sellercenter.review;

import java.util.List;

/** A reviewer decided on a revision; the module that owns the application applies it. */
public record ReviewDecided(
        long reviewId,
        ReviewKind kind,
        long subjectId,
        long sellerId,
        int revision,
        Decision decision,
        List<ReasonCode> reasonCodes,
        String comment) {}
