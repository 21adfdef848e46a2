/** What the seller is told: review decisions, buyer cancellation requests and messages, orders falling due. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "shared", "review", "orders"})
package io.sellercenter.notifications;
