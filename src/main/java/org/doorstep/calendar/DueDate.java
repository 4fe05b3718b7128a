package org.doorstep.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of the deadline calculator.
 *
 * @param provisional true when some counted day lies in a year whose official calendar is not published yet
 * @param skipped the non-working days between the start and the due date
 */
public record DueDate(LocalDate start, int workingDays, LocalDate due, boolean provisional, List<SkippedDay> skipped) {
}
