/** Deposits, the freight deduction account, payment providers and the double-entry ledger (R-S5, R-H2). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "shared"})
package io.sellercenter.billing;
