package org.doorstep.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.doorstep.platform.InvalidInputException;

/**
 * An immutable snapshot of the official calendar: the announced days and the years whose calendar is published.
 * Years without published data are provisional: only weekends are non-working there.
 */
public final class OfficialCalendar {

    /** Guards against a loop over an absurd range; no statutory limit comes near it. */
    static final int MAX_WORKING_DAYS = 3650;

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> publishedYears;

    public OfficialCalendar(Collection<CalendarDay> days, Collection<Integer> publishedYears) {
        this.days = days.stream().collect(Collectors.toMap(CalendarDay::date, d -> d, (a, b) -> b, TreeMap::new));
        this.publishedYears = Set.copyOf(publishedYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = days.get(date);
        if (day != null) {
            return day.kind() == DayKind.MAKEUP_WORKDAY;
        }
        return !isWeekend(date);
    }

    public boolean isProvisional(int year) {
        return !publishedYears.contains(year);
    }

    public Set<Integer> publishedYears() {
        return publishedYears;
    }

    public Optional<CalendarDay> entry(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    public List<CalendarDay> entries(int year) {
        return days.values().stream().filter(d -> d.date().getYear() == year).toList();
    }

    /** Why a date is not a working day, or empty if it is one. */
    public Optional<String> nonWorkingReason(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        CalendarDay day = days.get(date);
        return Optional.of(day != null ? day.name() : "周末");
    }

    /**
     * The date of the n-th working day after {@code start}; the start day itself is never counted (民法典第二百零一条).
     * {@code n = 0} means the same day (即办).
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return addWorkingDays(start, n, d -> false);
    }

    /** As {@link #addWorkingDays(LocalDate, int)}, also not counting the days {@code excluded} accepts. */
    public LocalDate addWorkingDays(LocalDate start, int n, Predicate<LocalDate> excluded) {
        if (n < 0 || n > MAX_WORKING_DAYS) {
            throw new InvalidInputException("工作日数应在 0 到 " + MAX_WORKING_DAYS + " 之间");
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date) && !excluded.test(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Working days in the interval (from, to]: the number of days a clock started on {@code from} has used by {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDaysBetween(from, to, d -> false);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to, Predicate<LocalDate> excluded) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d) && !excluded.test(d)) {
                count++;
            }
        }
        return count;
    }

    /** The calculator's full answer: due date, provisional flag and every skipped day. */
    public DueDate due(LocalDate start, int workingDays) {
        LocalDate due = addWorkingDays(start, workingDays);
        List<SkippedDay> skipped = new ArrayList<>();
        boolean provisional = isProvisional(start.getYear());
        for (LocalDate d = start.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            provisional |= isProvisional(d.getYear());
            LocalDate day = d;
            nonWorkingReason(d).ifPresent(reason -> skipped.add(new SkippedDay(day, reason)));
        }
        return new DueDate(start, workingDays, due, provisional, List.copyOf(skipped));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
