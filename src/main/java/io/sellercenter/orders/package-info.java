/** Buyer orders, the storefront API, the order state machine and its timers, shipping notices, offline shipping, messages (R-H1, R-H9, R-H11…R-H13). */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "shared", "products", "warehouses", "shipping", "billing", "sellers"})
package io.sellercenter.orders;
