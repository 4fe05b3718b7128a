/**
 * The official working-day calendar (holidays and 调休 make-up days) and the statutory clocks that count on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.doorstep.calendar;
