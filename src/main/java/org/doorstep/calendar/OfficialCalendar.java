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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.doorstep.platform.InvalidInputException;

/**
 * An immutable snapshot of the official calendar: the announced days and the years whose calendar is published.
 * A year without a published notice is provisional: its holidays are those the 放假办法 itself grants
 * ({@link HolidayRules}), with any day entered for that year taking precedence.
 */
public final class OfficialCalendar {

    /** Guards against a loop over an absurd range; no statutory limit comes near it. */
    static final int MAX_WORKING_DAYS = 3650;

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> publishedYears;
    /** Computed once per provisional year a snapshot is asked about. */
    private final Map<Integer, Map<LocalDate, CalendarDay>> provisional = new ConcurrentHashMap<>();

    public OfficialCalendar(Collection<CalendarDay> days, Collection<Integer> publishedYears) {
        this.days = days.stream().collect(Collectors.toMap(CalendarDay::date, d -> d, (a, b) -> b, TreeMap::new));
        this.publishedYears = Set.copyOf(publishedYears);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = day(date);
        if (day != null) {
            return day.kind() == DayKind.MAKEUP_WORKDAY;
        }
        return !isWeekend(date);
    }

    public boolean isProvisional(int year) {
        return !publishedYears.contains(year);
    }

    /** Whether some day in (from, to] lies in a provisional year, so a deadline counted over it may still move. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        for (int y = from.plusDays(1).getYear(); y <= to.getYear(); y++) {
            if (isProvisional(y)) {
                return true;
            }
        }
        return false;
    }

    /** The holidays a provisional year is counted with (none for a published year): the law's, not the notice's. */
    public List<CalendarDay> provisionalHolidays(int year) {
        return isProvisional(year) ? List.copyOf(provisionalYear(year).values()) : List.of();
    }

    private CalendarDay day(LocalDate date) {
        CalendarDay entered = days.get(date);
        if (entered != null || !isProvisional(date.getYear())) {
            return entered;
        }
        return provisionalYear(date.getYear()).get(date);
    }

    private Map<LocalDate, CalendarDay> provisionalYear(int year) {
        return provisional.computeIfAbsent(year, y -> HolidayRules.provisionalYear(y).stream()
                .collect(Collectors.toMap(CalendarDay::date, d -> d, (a, b) -> a, TreeMap::new)));
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
        CalendarDay day = day(date);
        return Optional.of(day == null ? "周末" : isProvisional(date.getYear()) ? day.name() + "（暂定）" : day.name());
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
        boolean provisional = isProvisional(start.getYear()) || isProvisional(start, due);
        for (LocalDate d = start.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
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
