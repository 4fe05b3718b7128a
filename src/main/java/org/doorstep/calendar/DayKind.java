package org.doorstep.calendar;

/** What a calendar entry says about a date; dates without an entry follow the Monday–Friday rule. */
public enum DayKind {
    /** A public holiday (法定节假日 or its bridging days): not a working day even on a weekday. */
    HOLIDAY,
    /** A weekend day announced as a make-up working day (调休上班). */
    MAKEUP_WORKDAY
}
