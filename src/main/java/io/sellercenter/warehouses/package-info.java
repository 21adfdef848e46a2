/** Warehouses, inventory (available, in transit), first-leg inbound shipments, overseas-warehouse permission, overseas fees (R-W1…R-W8). */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "shared", "sellers", "review", "documents", "catalog", "billing"})
package io.sellercenter.warehouses;
