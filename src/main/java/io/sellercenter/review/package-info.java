/** The one review workflow and staff console for every kind of application; knows nothing of what it reviews. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "shared"})
package io.sellercenter.review;
