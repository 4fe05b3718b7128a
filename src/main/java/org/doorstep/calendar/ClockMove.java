package org.doorstep.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A due date that a calendar change moved, kept so that officers can see which deadlines changed and why. */
public record ClockMove(Instant movedAt, String cause, String owner, String reference, LocalDate previousDue,
        LocalDate newDue) {

    /** Later means the deadline was pushed out (a holiday added); earlier, pulled in (a make-up workday added). */
    public boolean later() {
        return newDue.isAfter(previousDue);
    }
}
