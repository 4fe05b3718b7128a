/**
 * Government service items (政务服务事项) with their standard guides, implementation lists and bundles (一件事一次办).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
package org.doorstep.services;
