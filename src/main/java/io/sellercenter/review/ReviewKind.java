package io.sellercenter.review;

/** What an application asks for. */
public enum ReviewKind {
    CERTIFICATION,
    BRAND,
    OVERSEAS_WAREHOUSE
}
