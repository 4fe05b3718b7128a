package org.doorstep.cases;

import java.time.LocalDate;

/**
 * A case's promised limit on the statutory calendar.
 *
 * @param pausedDays working days not counted because the case awaited a supplement
 * @param remainingDays working days left; negative: working days overdue
 * @param provisional the due date was counted over a year whose official holiday calendar is not out yet
 */
public record CaseClock(LocalDate start, int limitDays, LocalDate due, int usedDays, int remainingDays,
        int pausedDays, boolean paused, boolean overdue, Urgency urgency, boolean provisional) {

    /** Working days past the due date: while open, or on the day the case closed. */
    public int lateDays() {
        return Math.max(0, -remainingDays);
    }
}
