/**
 * The marketplace's open-platform protocol for sellers' ERP tools: apps, authorization, the signed gateway and message
 * push; a thin adapter over the other modules' services, which keep every rule, tenancy and permission.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "accounts",
            "shared",
            "orders",
            "orders :: gateway",
            "shipping",
            "shipping :: gateway",
            "review"
        })
package io.sellercenter.openplatform;
