package org.doorstep.calendar;

import org.doorstep.platform.DomainChange;

/** An administrator changed the official calendar: a day set or cleared, or a year published. */
public record CalendarChanged(String action, String subject, Object before, Object after) implements DomainChange {
}
