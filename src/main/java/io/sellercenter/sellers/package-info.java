/** Enterprise certification, major category and deposit, brands and trademark authorizations, stores (R-S1…R-S7). */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "shared", "review", "documents", "billing", "catalog"})
package io.sellercenter.sellers;
