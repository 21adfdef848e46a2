package io.sellercenter.review;

/** What an application asks for. */
public enum ReviewKind {
    CERTIFICATION,
    BRAND,
    /** More sub-categories for an approved brand (R-S6). */
    BRAND_AUTHORIZATION,
    OVERSEAS_WAREHOUSE,
    /** The qualification documents the major category requires (R-S4). */
    CATEGORY_QUALIFICATIONS
}
