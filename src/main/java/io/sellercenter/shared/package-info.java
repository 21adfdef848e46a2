/** Value types and the problem vocabulary every module shares. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.sellercenter.shared;
