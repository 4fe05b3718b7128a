package org.doorstep.calendar;

import java.time.LocalDate;

import org.doorstep.platform.DomainChange;

/** An open clock's due date moved because the calendar changed; the owning module updates what it shows. */
public record ClockDueDateChanged(String owner, String reference, LocalDate previousDue, LocalDate newDue)
        implements DomainChange {

    @Override
    public String action() {
        return "calendar.clock.recomputed";
    }

    @Override
    public String subject() {
        return owner + ":" + reference;
    }

    @Override
    public Object before() {
        return previousDue;
    }

    @Override
    public Object after() {
        return newDue;
    }
}
