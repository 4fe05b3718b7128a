package org.doorstep.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.calendar.StatutoryClock.ClockStatus;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class StatutoryClockTest {

    private final OfficialCalendar calendar = OfficialCalendarFixture.load();

    @Test
    void aPauseAcrossNationalDay2026DoesNotCountThePausedDays() {
        StatutoryClock clock = StatutoryClock.start(parse("2026-09-14"), 20)
                .pause(parse("2026-09-29"), "征求第三方意见")
                .resume(parse("2026-10-12"));
        ClockStatus status = clock.statusOn(calendar, parse("2026-10-13"));
        // Without the pause the 20th day is 2026-10-16; the paused working days 9-30, 10-8, 10-9, 10-10 (make-up
        // Saturday) and 10-12 move it by five working days.
        assertThat(StatutoryClock.start(parse("2026-09-14"), 20).statusOn(calendar, parse("2026-09-14")).due())
                .isEqualTo(parse("2026-10-16"));
        assertThat(status.due()).isEqualTo(parse("2026-10-23"));
        assertThat(status.pausedDays()).isEqualTo(5);
        assertThat(status.usedDays()).isEqualTo(12);
        assertThat(status.remainingDays()).isEqualTo(8);
        assertThat(status.overdue()).isFalse();
    }

    /**
     * 条例第三十二条: a third party consulted has 15 working days to answer, and 第三十三条 leaves only that time out of the
     * 20-day limit. A consultation still open after its 15th working day counts again from the day after it.
     */
    @Test
    void aConsultationLeavesAtMost15WorkingDaysUncountedEvenWhileItIsStillOpen() {
        // Received Monday 2026-06-01; consultation from Tuesday 6-2 (a day still counted, day 1).
        StatutoryClock clock = StatutoryClock.start(parse("2026-06-01"), 20).pause(parse("2026-06-02"), "征求第三方意见", 15);
        // The 15 uncounted working days: 6-3 … 6-5 (3), 6-8 … 6-12 (8), 6-15 … 6-18 (12), Dragon Boat 6-19 … 6-21,
        // 6-22 (13), 6-23 (14), 6-24 (15).
        ClockStatus within = clock.statusOn(calendar, parse("2026-06-24"));
        assertThat(within.paused()).isTrue();
        assertThat(within.overdue()).isFalse();
        // Counted again from 6-25 (2), 6-26 (3), 6-29 (4), 6-30 (5), 7-1 … 7-3 (8), 7-6 … 7-10 (13), 7-13 … 7-17 (18),
        // 7-20 (19), 7-21 (20).
        ClockStatus after = clock.statusOn(calendar, parse("2026-06-25"));
        assertThat(after.paused()).isFalse();
        assertThat(after.due()).isEqualTo(parse("2026-07-21"));
        assertThat(after.pausedDays()).isEqualTo(15);
        // Open for 23 working days and past the 20th day: overdue, with the date the cap fixes.
        ClockStatus late = clock.statusOn(calendar, parse("2026-07-22"));
        assertThat(late.due()).isEqualTo(parse("2026-07-21"));
        assertThat(late.overdue()).isTrue();
        assertThat(late.remainingDays()).isEqualTo(-1);
        // Ended late (the answer came on 7-6): the same; ended early (6-10): only 6-3 … 6-10 were uncounted.
        assertThat(clock.resume(parse("2026-07-06")).statusOn(calendar, parse("2026-07-06")).due())
                .isEqualTo(parse("2026-07-21"));
        assertThat(clock.resume(parse("2026-06-10")).statusOn(calendar, parse("2026-06-10")).pausedDays()).isEqualTo(6);
        // Without a cap (a supplement awaited) the pause lasts as long as it is open.
        assertThat(StatutoryClock.start(parse("2026-06-01"), 20).pause(parse("2026-06-02"), "补正")
                .statusOn(calendar, parse("2026-07-22")).paused()).isTrue();
    }

    @Test
    void whilePausedTheDueDateIsProjectedFromToday() {
        StatutoryClock clock = StatutoryClock.start(parse("2026-03-02"), 20).pause(parse("2026-03-05"), "补正");
        ClockStatus status = clock.statusOn(calendar, parse("2026-03-10"));
        assertThat(status.paused()).isTrue();
        assertThat(status.usedDays()).isEqualTo(3);
        assertThat(status.due()).isEqualTo(calendar.addWorkingDays(parse("2026-03-10"), 17));
    }

    @Test
    void extensionAddsWorkingDaysAndOverdueCountsWorkingDaysLate() {
        StatutoryClock clock = StatutoryClock.start(parse("2026-01-30"), 20);
        assertThat(clock.statusOn(calendar, parse("2026-03-05")).remainingDays()).isZero();
        ClockStatus late = clock.statusOn(calendar, parse("2026-03-09"));
        assertThat(late.overdue()).isTrue();
        assertThat(late.remainingDays()).isEqualTo(-2);
        ClockStatus extended = clock.extend(20).statusOn(calendar, parse("2026-03-09"));
        assertThat(extended.due()).isEqualTo(calendar.addWorkingDays(parse("2026-03-05"), 20));
        assertThat(extended.overdue()).isFalse();
    }

    @Test
    void restartCountsAgainFromTheNewDay() {
        StatutoryClock clock = StatutoryClock.start(parse("2026-04-01"), 20).pause(parse("2026-04-03"), "补正")
                .restart(parse("2026-04-20"));
        assertThat(clock.pauses()).isEmpty();
        assertThat(clock.statusOn(calendar, parse("2026-04-20")).due())
                .isEqualTo(calendar.addWorkingDays(parse("2026-04-20"), 20));
    }

    @Test
    void rejectsImpossibleSequences() {
        StatutoryClock clock = StatutoryClock.start(parse("2026-04-01"), 20);
        assertThatThrownBy(() -> clock.resume(parse("2026-04-02"))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> clock.pause(parse("2026-03-01"), "x")).isInstanceOf(InvalidInputException.class);
        StatutoryClock paused = clock.pause(parse("2026-04-02"), "x");
        assertThatThrownBy(() -> paused.pause(parse("2026-04-03"), "y")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> paused.resume(parse("2026-04-01"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> clock.extend(0)).isInstanceOf(InvalidInputException.class);
    }

    /** Property: a closed pause before the due date moves it by exactly the working days it covers. */
    @Test
    void aPauseMovesTheDueDateByTheWorkingDaysItCovers() {
        for (LocalDate start = parse("2024-01-01"); start.getYear() <= 2026; start = start.plusDays(2)) {
            for (int limit : List.of(5, 15, 20)) {
                LocalDate plainDue = calendar.addWorkingDays(start, limit);
                for (int offset : List.of(0, 1, 3, 9)) {
                    LocalDate pauseFrom = start.plusDays(offset);
                    if (!pauseFrom.isBefore(plainDue)) {
                        continue;
                    }
                    for (int length : List.of(1, 4, 12)) {
                        LocalDate resumeOn = pauseFrom.plusDays(length);
                        int covered = calendar.workingDaysBetween(pauseFrom, resumeOn);
                        int usedBefore = calendar.workingDaysBetween(start, pauseFrom);
                        LocalDate expected = calendar.addWorkingDays(resumeOn, limit - usedBefore);
                        ClockStatus status = StatutoryClock.start(start, limit).pause(pauseFrom, "p").resume(resumeOn)
                                .statusOn(calendar, resumeOn);
                        assertThat(status.due()).as("%s+%d paused %s..%s", start, limit, pauseFrom, resumeOn)
                                .isEqualTo(expected);
                        assertThat(status.pausedDays()).isEqualTo(covered);
                    }
                }
            }
        }
    }

    /** Issue 12 item 1: a clock whose count reaches an unpublished year says so; one that stays in 2026 does not. */
    @Test
    void aClockCountedIntoAYearWithoutTheNoticeIsProvisional() {
        OfficialCalendar only2026 = new OfficialCalendar(List.of(), List.of(2026));
        // 条例第三十三条: 20 working days from Thursday 2026-12-31 skip 元旦 2027 (放假办法第二条) and end on 2027-01-29.
        ClockStatus across = StatutoryClock.start(parse("2026-12-31"), 20).statusOn(only2026, parse("2026-12-31"));
        assertThat(across.due()).isEqualTo(parse("2027-01-29"));
        assertThat(across.provisional()).isTrue();
        assertThat(StatutoryClock.start(parse("2026-12-01"), 5).statusOn(only2026, parse("2026-12-01")).provisional())
                .isFalse();
    }
}
