/** Users, main and sub-accounts, staff, permissions, login and API tokens (R-S2, R-S8). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.sellercenter.accounts;
