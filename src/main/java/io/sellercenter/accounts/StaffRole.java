package io.sellercenter.accounts;

/** Roles of platform staff. */
public enum StaffRole {
    ADMIN,
    REVIEWER
}
