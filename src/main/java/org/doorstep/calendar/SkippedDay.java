package org.doorstep.calendar;

import java.time.LocalDate;

/** A day a clock did not count, and why (周末, a holiday's name, or 暂停计时). */
public record SkippedDay(LocalDate date, String reason) {
}
