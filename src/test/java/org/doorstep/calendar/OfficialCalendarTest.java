package org.doorstep.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.doorstep.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialCalendarTest {

    private final OfficialCalendar calendar = OfficialCalendarFixture.load();

    @ParameterizedTest(name = "{1} working days from {0} are due on {2}")
    @CsvSource({
            // Across the 2026 Spring Festival (2-15…2-23) with make-up Saturdays 2-14 and 2-28.
            "2026-01-30, 20, 2026-03-05",
            // Across 中秋 (9-25…9-27) and National Day 2026 (10-1…10-7), make-up days 9-20 (Sun) and 10-10 (Sat).
            "2026-09-18, 20, 2026-10-22",
            // Art. 30's 7 days across National Day 2025 (10-1…10-8), make-up days 9-28 and 10-11.
            "2025-09-26, 7, 2025-10-13",
            // 即办: due the same day.
            "2026-05-06, 0, 2026-05-06",
            // Started on a holiday: day 1 is the first working day after it.
            "2026-10-01, 1, 2026-10-08",
            // A make-up Saturday is a working day.
            "2026-10-09, 1, 2026-10-10",
            // New Year 2026 (1-1…1-3) with the make-up Sunday 1-4.
            "2025-12-31, 1, 2026-01-04",
            // 2024 Spring Festival (2-10…2-17) with make-up days 2-4 and 2-18.
            "2024-02-08, 2, 2024-02-18",
    })
    void statutoryEdges(LocalDate start, int days, LocalDate due) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(due);
    }

    @Test
    void calculatorListsEverySkippedDayWithItsReason() {
        DueDate answer = calendar.due(parse("2025-09-26"), 7);
        assertThat(answer.due()).isEqualTo(parse("2025-10-13"));
        assertThat(answer.provisional()).isFalse();
        assertThat(answer.skipped()).extracting(SkippedDay::date).containsExactly(
                parse("2025-09-27"), parse("2025-10-01"), parse("2025-10-02"), parse("2025-10-03"),
                parse("2025-10-04"), parse("2025-10-05"), parse("2025-10-06"), parse("2025-10-07"),
                parse("2025-10-08"), parse("2025-10-12"));
        assertThat(answer.skipped().get(0).reason()).isEqualTo("周末");
        assertThat(answer.skipped().get(1).reason()).isEqualTo("国庆节、中秋节");
    }

    /**
     * Whatever years the migrations load: a calendar built here holds 2040 (with one holiday) and not 2041, so the day
     * the State Council's 2027 notice is entered changes nothing in this test (issue 12 item 15).
     */
    @Test
    void aYearWithoutPublishedDataIsProvisionalAndCountsTheLawsHolidays() {
        OfficialCalendar own = new OfficialCalendar(
                List.of(new CalendarDay(parse("2040-12-31"), DayKind.HOLIDAY, "测试假日")), List.of(2040));
        assertThat(own.isProvisional(2041)).isTrue();
        assertThat(own.isProvisional(2040)).isFalse();
        assertThat(own.isWorkingDay(parse("2040-12-31"))).isFalse();
        // 2041-01-01 is a Tuesday; with no notice it is still 元旦 (放假办法第二条), provisionally.
        assertThat(own.isWorkingDay(parse("2041-01-01"))).isFalse();
        assertThat(own.isWorkingDay(parse("2041-01-02"))).isTrue();
        // Monday 2040-12-24: 12-25 … 12-28 (4), holiday 12-31, 元旦 2041-01-01, 01-02 (5): in the unpublished year.
        DueDate acrossYearEnd = own.due(parse("2040-12-24"), 5);
        assertThat(acrossYearEnd.due()).isEqualTo(parse("2041-01-02"));
        assertThat(acrossYearEnd.provisional()).isTrue();
        assertThat(acrossYearEnd.skipped()).extracting(SkippedDay::reason).contains("元旦（暂定）");
        assertThat(own.due(parse("2040-12-03"), 5).provisional()).isFalse();
    }

    @Test
    void rejectsNegativeOrAbsurdLimits() {
        assertThatThrownBy(() -> calendar.addWorkingDays(parse("2026-01-01"), -1))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(parse("2026-01-01"), 100_000))
                .isInstanceOf(InvalidInputException.class);
    }

    /*
     * Properties, checked exhaustively for every start date of the three published years and a spread of limits
     * (deterministic, so a failure always reproduces).
     */
    private static final List<Integer> LIMITS = List.of(0, 1, 2, 3, 5, 7, 10, 15, 20, 40, 60);

    @Test
    void theDueDateIsTheNthCountedWorkingDayAndAWorkingDay() {
        for (LocalDate start = parse("2024-01-01"); start.getYear() <= 2026; start = start.plusDays(1)) {
            for (int n : LIMITS) {
                LocalDate due = calendar.addWorkingDays(start, n);
                assertThat(calendar.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                if (n > 0) {
                    assertThat(calendar.isWorkingDay(due)).as("%s + %d", start, n).isTrue();
                } else {
                    assertThat(due).isEqualTo(start);
                }
            }
        }
    }

    @Test
    void limitsComposeAndGrowStrictly() {
        for (LocalDate start = parse("2024-01-01"); start.getYear() <= 2026; start = start.plusDays(3)) {
            for (int a : LIMITS) {
                for (int b : List.of(1, 4, 20)) {
                    LocalDate whole = calendar.addWorkingDays(start, a + b);
                    assertThat(whole).as("%s: %d+%d", start, a, b)
                            .isEqualTo(calendar.addWorkingDays(calendar.addWorkingDays(start, a), b))
                            .isAfter(calendar.addWorkingDays(start, a));
                }
            }
        }
    }

    @Test
    void theSkippedListHoldsExactlyTheNonWorkingDays() {
        for (LocalDate start = parse("2024-01-01"); start.getYear() <= 2026; start = start.plusDays(5)) {
            DueDate answer = calendar.due(start, 20);
            long span = answer.due().toEpochDay() - start.toEpochDay();
            assertThat(answer.skipped()).hasSize((int) span - 20);
            for (SkippedDay d : answer.skipped()) {
                assertThat(calendar.isWorkingDay(d.date())).isFalse();
                boolean weekend = d.date().getDayOfWeek() == DayOfWeek.SATURDAY
                        || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
                if (d.reason().equals("周末")) {
                    assertThat(weekend).as(d.toString()).isTrue();
                }
            }
        }
    }

    @Test
    void everyMakeUpDayIsAWeekendAndEveryYearHasItsHolidays() {
        for (int year : List.of(2024, 2025, 2026)) {
            List<CalendarDay> entries = calendar.entries(year);
            assertThat(entries).filteredOn(d -> d.kind() == DayKind.MAKEUP_WORKDAY)
                    .allSatisfy(d -> assertThat(d.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
            assertThat(entries).filteredOn(d -> d.kind() == DayKind.HOLIDAY)
                    .extracting(CalendarDay::name).contains("春节", "劳动节", "元旦");
        }
    }
}
