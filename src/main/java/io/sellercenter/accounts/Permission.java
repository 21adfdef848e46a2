package io.sellercenter.accounts;

/** The permission groups a main account grants its sub-accounts (R-S8). */
public enum Permission {
    PRODUCTS,
    ORDERS,
    SHIPPING,
    WAREHOUSES,
    FINANCE
}
