/** Value types and the problem vocabulary every module shares. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.sellercenter.shared;

import org.springframework.modulith.ApplicationModule;
