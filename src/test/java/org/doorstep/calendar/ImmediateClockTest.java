package org.doorstep.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.calendar.StatutoryClock.ClockStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 即办 (a zero-day limit): due the same working day, also after a pause for a one-time notice. */
class ImmediateClockTest {

    private final OfficialCalendar calendar = OfficialCalendarFixture.load();

    @ParameterizedTest(name = "started {0}: due {1}")
    @CsvSource({
            // A working day: due that day.
            "2026-09-30, 2026-09-30",
            // The make-up working Saturday of National Day 2026 is a working day.
            "2026-10-10, 2026-10-10",
            // Started on a Sunday or a holiday: due the next working day.
            "2026-10-11, 2026-10-12",
            "2026-10-01, 2026-10-08",
            // Spring Festival 2026 (2-15…2-23); its make-up Saturday 2-14 works.
            "2026-02-15, 2026-02-24",
            "2026-02-14, 2026-02-14",
    })
    void dueTheSameWorkingDay(String start, String due) {
        ClockStatus status = StatutoryClock.start(parse(start), 0).statusOn(calendar, parse(due));
        assertThat(status.due()).isEqualTo(parse(due));
        assertThat(status.usedDays()).isZero();
        assertThat(status.remainingDays()).isZero();
        assertThat(status.overdue()).isFalse();
    }

    @ParameterizedTest(name = "noticed {0}, supplemented {1}: due {2}")
    @CsvSource({
            // Supplemented on an ordinary working day: due that day.
            "2026-11-16, 2026-11-19, 2026-11-19",
            // Supplemented on a National Day holiday: due the first working day after it.
            "2026-09-30, 2026-10-03, 2026-10-08",
            // Supplemented on the make-up working Saturday: due that Saturday.
            "2026-10-09, 2026-10-10, 2026-10-10",
            // Supplemented on a weekend: due Monday.
            "2026-11-20, 2026-11-22, 2026-11-23",
            // Supplemented on the first day of Spring Festival 2026: due after the whole holiday.
            "2026-02-13, 2026-02-15, 2026-02-24",
    })
    void afterAOneTimeNoticeDueTheDayOfTheSupplementOrTheNextWorkingDay(String noticed, String supplemented,
            String due) {
        StatutoryClock clock = StatutoryClock.start(parse(noticed), 0).pause(parse(noticed), "一次性告知")
                .resume(parse(supplemented));
        ClockStatus onDue = clock.statusOn(calendar, parse(due));
        assertThat(onDue.due()).isEqualTo(parse(due));
        assertThat(onDue.overdue()).isFalse();
        assertThat(onDue.remainingDays()).isZero();
        // The paused working days are reported, never counted.
        assertThat(onDue.pausedDays()).isEqualTo(calendar.workingDaysBetween(parse(noticed), parse(supplemented)));
        ClockStatus after = clock.statusOn(calendar, calendar.addWorkingDays(parse(due), 1));
        assertThat(after.overdue()).isTrue();
        assertThat(after.remainingDays()).isEqualTo(-1);
    }

    @Test
    void whileAwaitingTheSupplementTheClockIsNeverOverdue() {
        StatutoryClock clock = StatutoryClock.start(parse("2026-09-30"), 0).pause(parse("2026-09-30"), "一次性告知");
        ClockStatus onHoliday = clock.statusOn(calendar, parse("2026-10-05"));
        assertThat(onHoliday.paused()).isTrue();
        assertThat(onHoliday.overdue()).isFalse();
        // Projected as if the supplement came today: the first working day after the holiday.
        assertThat(onHoliday.due()).isEqualTo(parse("2026-10-08"));
    }
}
