package io.sellercenter.review;

/** A reviewer's decision on one revision. */
public enum Decision {
    APPROVE,
    REJECT
}
