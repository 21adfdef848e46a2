package io.sellercenter.accounts;

/** What an account is: a seller's main or sub-account, platform staff, or a buyer. */
public enum AccountKind {
    MAIN,
    SUB,
    STAFF,
    BUYER
}
