package org.doorstep.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.doorstep.platform.ConflictException;
import org.doorstep.platform.InvalidInputException;

/**
 * A statutory time limit counted in working days, computed from stored facts only (start, pauses, extensions), never
 * from timers, so it is always recomputable when the calendar changes.
 *
 * <p>The start day is not counted. A pause from day P to day R leaves the days after P up to and including R
 * uncounted (P was still a day of work; counting resumes the day after R), as with a supplement awaited or a
 * third-party consultation.
 *
 * @param limitDays the statutory or promised limit; 0 means due the same working day (即办): the day counting
 *        (re)started if that is a working day, else the next working day
 * @param extensionDays approved extensions, added to the limit
 */
public record StatutoryClock(LocalDate start, int limitDays, List<Pause> pauses, int extensionDays) {

    /**
     * A pause; {@code until} is null while the clock is still paused. {@code maxDays}, when set, is the most working
     * days the pause may leave uncounted (条例第三十二条: a third party has 15 working days to answer): after them the
     * clock counts again, whether or not the pause has been ended.
     */
    public record Pause(LocalDate from, LocalDate until, String reason, Integer maxDays) {
        public Pause {
            Objects.requireNonNull(from, "from");
            if (until != null && until.isBefore(from)) {
                throw new InvalidInputException("恢复计时日期不能早于暂停日期");
            }
            if (maxDays != null && maxDays <= 0) {
                throw new InvalidInputException("暂停时长上限应为正数");
            }
        }

        public Pause(LocalDate from, LocalDate until, String reason) {
            this(from, until, reason, null);
        }

        /** The last day the pause leaves uncounted on {@code today}: its end, today while open, at most its cap. */
        LocalDate lastDay(OfficialCalendar calendar, LocalDate today) {
            LocalDate end = until != null ? until : today;
            if (maxDays != null) {
                LocalDate cap = calendar.addWorkingDays(from, maxDays);
                return end.isAfter(cap) ? cap : end;
            }
            return end;
        }
    }

    public StatutoryClock {
        Objects.requireNonNull(start, "start");
        if (limitDays < 0 || limitDays > OfficialCalendar.MAX_WORKING_DAYS) {
            throw new InvalidInputException("时限应在 0 到 " + OfficialCalendar.MAX_WORKING_DAYS + " 个工作日之间");
        }
        if (extensionDays < 0) {
            throw new InvalidInputException("延长天数不能为负");
        }
        pauses = List.copyOf(pauses == null ? List.of() : pauses);
    }

    public static StatutoryClock start(LocalDate start, int limitDays) {
        return new StatutoryClock(start, limitDays, List.of(), 0);
    }

    public boolean paused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).until() == null;
    }

    public StatutoryClock pause(LocalDate on, String reason) {
        return pause(on, reason, null);
    }

    /** A pause that leaves at most {@code maxDays} working days uncounted (null: as long as it lasts). */
    public StatutoryClock pause(LocalDate on, String reason, Integer maxDays) {
        if (paused()) {
            throw new ConflictException("计时已暂停");
        }
        if (on.isBefore(start) || (!pauses.isEmpty() && on.isBefore(pauses.get(pauses.size() - 1).until()))) {
            throw new InvalidInputException("暂停日期不能早于起算日或上一次恢复计时的日期");
        }
        List<Pause> next = new ArrayList<>(pauses);
        next.add(new Pause(on, null, reason, maxDays));
        return new StatutoryClock(start, limitDays, next, extensionDays);
    }

    public StatutoryClock resume(LocalDate on) {
        if (!paused()) {
            throw new ConflictException("计时未暂停");
        }
        List<Pause> next = new ArrayList<>(pauses);
        Pause open = next.remove(next.size() - 1);
        next.add(new Pause(open.from(), on, open.reason(), open.maxDays()));
        return new StatutoryClock(start, limitDays, next, extensionDays);
    }

    public StatutoryClock extend(int days) {
        if (days <= 0) {
            throw new InvalidInputException("延长天数应为正数");
        }
        return new StatutoryClock(start, limitDays, pauses, extensionDays + days);
    }

    /** Starts counting again from {@code on} (e.g. 条例第三十条: the period restarts when the supplement arrives). */
    public StatutoryClock restart(LocalDate on) {
        return new StatutoryClock(on, limitDays, List.of(), extensionDays);
    }

    public int totalDays() {
        return limitDays + extensionDays;
    }

    /**
     * Where the clock stands on {@code today}. While paused, the due date is projected as if counting resumed today.
     */
    public ClockStatus statusOn(OfficialCalendar calendar, LocalDate today) {
        List<LocalDate> lastDays = pauses.stream().map(p -> p.lastDay(calendar, today)).toList();
        Predicate<LocalDate> pausedDay = day -> {
            for (int i = 0; i < pauses.size(); i++) {
                if (day.isAfter(pauses.get(i).from()) && !day.isAfter(lastDays.get(i))) {
                    return true;
                }
            }
            return false;
        };
        // Paused today: an open pause whose cap has not run out.
        boolean pausedNow = paused() && !today.isAfter(lastDays.get(lastDays.size() - 1));
        LocalDate due = totalDays() == 0 ? sameWorkingDay(calendar, today)
                : calendar.addWorkingDays(start, totalDays(), pausedDay);
        // A 即办 clock started on a holiday counts the day it is due on; it has still used none of its zero days.
        int used = today.isAfter(start)
                ? Math.min(totalDays(), calendar.workingDaysBetween(start, today.isAfter(due) ? due : today, pausedDay))
                : 0;
        int pausedDays = calendar.workingDaysBetween(start, today.isAfter(due) ? due : today,
                day -> !pausedDay.test(day));
        boolean overdue = today.isAfter(due) && !pausedNow;
        int remaining = overdue ? -calendar.workingDaysBetween(due, today) : totalDays() - used;
        return new ClockStatus(due, used, remaining, pausedDays, pausedNow, overdue, calendar.isProvisional(start, due));
    }

    /**
     * 即办: due the day counting last (re)started — the start, or the day a pause ended (today while still paused) —
     * when that is a working day (a 调休 Saturday is one), else the next working day (a supplement on a holiday).
     */
    private LocalDate sameWorkingDay(OfficialCalendar calendar, LocalDate today) {
        LocalDate from = start;
        if (!pauses.isEmpty()) {
            Pause last = pauses.get(pauses.size() - 1);
            LocalDate resumed = last.until() != null ? last.until() : today;
            from = resumed.isAfter(from) ? resumed : from;
        }
        return calendar.isWorkingDay(from) ? from : calendar.addWorkingDays(from, 1);
    }

    /**
     * @param usedDays working days counted so far
     * @param remainingDays working days left; negative: working days overdue
     * @param pausedDays working days not counted because the clock was paused
     * @param provisional the due date is counted over days of a year whose official calendar is not published yet, so
     *        it may move when the State Council's notice is entered
     */
    public record ClockStatus(LocalDate due, int usedDays, int remainingDays, int pausedDays, boolean paused,
            boolean overdue, boolean provisional) {
    }
}
