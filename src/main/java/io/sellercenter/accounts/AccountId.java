package io.sellercenter.accounts;

/** Identifies one login account of any kind. */
public record AccountId(long value) {}
