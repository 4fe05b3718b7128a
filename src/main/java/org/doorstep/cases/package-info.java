/**
 * 办件: applications for service items from intake (online or at a window) through one-time notices, dispatch, review
 * and decision to delivery, with statutory clocks, timelines, 首问负责制 and 一件事 bundle applications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.doorstep.cases;
