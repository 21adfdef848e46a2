package io.sellercenter.accounts;

/** Identifies a seller: the tenant that owns main and sub-accounts and all their data. */
public record SellerId(long value) {}
