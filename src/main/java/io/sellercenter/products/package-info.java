/** Products, SKUs, goods type and ship-from locations (R-S4, R-W2, R-W3). */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "shared", "sellers", "catalog", "warehouses"})
package io.sellercenter.products;
