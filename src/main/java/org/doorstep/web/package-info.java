/**
 * The shared face of the platform: portal and console layouts, elderly mode, error pages and API error answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.doorstep.web;
