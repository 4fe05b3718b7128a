package org.doorstep.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One announced exception to the Monday–Friday rule, e.g. 2026-10-01 国庆节 or 2026-10-10 调休上班. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        name = name == null || name.isBlank() ? (kind == DayKind.HOLIDAY ? "节假日" : "调休上班") : name.strip();
    }
}
