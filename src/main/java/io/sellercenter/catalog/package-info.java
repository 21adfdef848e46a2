/** The platform category tree and its flags: deposit, qualifications, overseas ship-from open (R-S4, R-W3). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "shared"})
package io.sellercenter.catalog;
