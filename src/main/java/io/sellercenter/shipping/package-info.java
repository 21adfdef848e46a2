/** Logistics channels and rates, transit warehouses and collection ranges, waybills (R-H2…R-H8, R-H10, R-H13…R-H15). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "shared", "billing", "sellers"})
package io.sellercenter.shipping;
