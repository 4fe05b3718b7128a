package org.doorstep.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The provisional calendar of a year whose State Council notice is not out: 《全国年节及纪念日放假办法》 (2024 revision)
 * 第二条 (the seven festivals, lunar dates and 清明 computed by the lunar library) and 第六条 (补假 on the following working days for
 * a holiday on a Saturday or Sunday). Expected dates are the almanac's and, for past years, agree with the notices.
 */
class HolidayRulesTest {

    @Test
    void twentyTwentySevenAsDomainExampleGivesIt() {
        assertThat(HolidayRules.provisionalYear(2027)).extracting(CalendarDay::date, CalendarDay::name).containsExactly(
                day("2027-01-01", "元旦"),
                // 除夕 Friday 2-5, 初一 and 初二 on the weekend, 初三 Monday: 补假 Tuesday and Wednesday (第六条)
                day("2027-02-05", "春节"), day("2027-02-06", "春节"), day("2027-02-07", "春节"), day("2027-02-08", "春节"),
                day("2027-02-09", "春节补假"), day("2027-02-10", "春节补假"),
                day("2027-04-05", "清明节"),
                day("2027-05-01", "劳动节"), day("2027-05-02", "劳动节"),
                day("2027-05-03", "劳动节补假"), day("2027-05-04", "劳动节补假"),
                day("2027-06-09", "端午节"),
                day("2027-09-15", "中秋节"),
                day("2027-10-01", "国庆节"), day("2027-10-02", "国庆节"), day("2027-10-03", "国庆节"),
                day("2027-10-04", "国庆节补假"), day("2027-10-05", "国庆节补假"));
    }

    /** Every day the law grants for 2026 is a holiday of 国办发明电 2026's notice too (4-6, 5-4 and 10-5 are 补假). */
    @Test
    void twentyTwentySixAgreesWithTheNotice() {
        assertThat(HolidayRules.provisionalYear(2026)).extracting(CalendarDay::date).containsExactly(
                parse("2026-01-01"), parse("2026-02-16"), parse("2026-02-17"), parse("2026-02-18"), parse("2026-02-19"),
                parse("2026-04-05"), parse("2026-04-06"), parse("2026-05-01"), parse("2026-05-02"), parse("2026-05-04"),
                parse("2026-06-19"), parse("2026-09-25"), parse("2026-10-01"), parse("2026-10-02"), parse("2026-10-03"),
                parse("2026-10-05"));
        OfficialCalendar published = OfficialCalendarFixture.load();
        assertThat(HolidayRules.provisionalYear(2026)).allSatisfy(
                d -> assertThat(published.isWorkingDay(d.date())).as(d.date() + " " + d.name()).isFalse());
    }

    /** 2025 (国办发明电〔2024〕12号): 端午 on Saturday 5-31 gives 补假 on Monday 6-2; 清明 is 4-4. */
    @Test
    void twentyTwentyFiveAgreesWithTheNotice() {
        assertThat(HolidayRules.provisionalYear(2025)).extracting(CalendarDay::date).containsExactly(
                parse("2025-01-01"), parse("2025-01-28"), parse("2025-01-29"), parse("2025-01-30"), parse("2025-01-31"),
                parse("2025-04-04"), parse("2025-05-01"), parse("2025-05-02"), parse("2025-05-31"), parse("2025-06-02"),
                parse("2025-10-01"), parse("2025-10-02"), parse("2025-10-03"), parse("2025-10-06"));
    }

    /** New moons close to Beijing midnight: 春节 2027 is 2-06 (new moon 23:56) and 2030 is 2-03 — ICU4J 79.1 says 2-07 and 2-02. */
    @Test
    void lunarNewYearFollowsTheObservatoryWhenTheNewMoonIsNearMidnight() {
        assertThat(HolidayRules.lunar(2027, 1, 1)).isEqualTo(parse("2027-02-06"));
        assertThat(HolidayRules.lunar(2030, 1, 1)).isEqualTo(parse("2030-02-03"));
        assertThat(HolidayRules.qingming(2027)).isEqualTo(parse("2027-04-05"));
        assertThat(HolidayRules.qingming(2025)).isEqualTo(parse("2025-04-04"));
    }

    /**
     * 中秋 on 1 October (2020): the day carries both names and the lost festival day is given back, as the 2020 notice
     * (10-1 to 10-8, four statutory days) did: 10-3 (Saturday) owes 10-5, the overlap 10-6.
     */
    @Test
    void twoFestivalsOnOneDayStillGiveBothDays() {
        List<CalendarDay> days = HolidayRules.provisionalYear(2020);
        assertThat(days).filteredOn(d -> d.date().getMonthValue() == 10).extracting(CalendarDay::date, CalendarDay::name)
                .containsExactly(day("2020-10-01", "中秋节、国庆节"), day("2020-10-02", "国庆节"), day("2020-10-03", "国庆节"),
                        day("2020-10-05", "中秋节补假"), day("2020-10-06", "国庆节补假"));
    }

    /** 第六条 over four decades: one 补假 per festival day on a weekend or shared, always on a free weekday. */
    @Test
    void everyWeekendFestivalDayGetsExactlyOneSubstituteWeekday() {
        for (int year = 2025; year <= 2064; year++) {
            List<CalendarDay> days = HolidayRules.provisionalYear(year);
            long weekendFestivalDays = days.stream().filter(d -> !d.name().endsWith("补假") && weekend(d.date())).count();
            List<CalendarDay> substitutes = days.stream().filter(d -> d.name().endsWith("补假")).toList();
            assertThat(substitutes).as("%d", year).hasSize((int) weekendFestivalDays + overlaps(days))
                    .allSatisfy(d -> assertThat(weekend(d.date())).isFalse());
            assertThat(days).as("%d", year).hasSize(13 + substitutes.size() - overlaps(days));
        }
    }

    @Test
    void aProvisionalYearCountsTheLawsHolidaysAndSaysSo() {
        OfficialCalendar calendar = new OfficialCalendar(List.of(), List.of(2026));
        // DOMAIN.md's example: 2027-02-04 + 1 working day → 2027-02-11.
        DueDate answer = calendar.due(parse("2027-02-04"), 1);
        assertThat(answer.due()).isEqualTo(parse("2027-02-11"));
        assertThat(answer.provisional()).isTrue();
        assertThat(answer.skipped()).extracting(SkippedDay::reason).first().isEqualTo("春节（暂定）");
        // 元旦 2027 (a Friday) is not a working day; a 2026 start counted into 2027 is provisional, one within 2026 not.
        assertThat(calendar.isWorkingDay(parse("2027-01-01"))).isFalse();
        assertThat(calendar.due(parse("2026-12-31"), 1).due()).isEqualTo(parse("2027-01-04"));
        assertThat(calendar.due(parse("2026-12-31"), 1).provisional()).isTrue();
        assertThat(calendar.due(parse("2026-12-29"), 2).provisional()).isFalse();
        // A day entered for the provisional year takes precedence over the law's days.
        OfficialCalendar entered = new OfficialCalendar(
                List.of(new CalendarDay(parse("2027-02-11"), DayKind.HOLIDAY, "春节")), List.of(2026));
        assertThat(entered.due(parse("2027-02-04"), 1).due()).isEqualTo(parse("2027-02-12"));
        // Once published, only the entered days count.
        OfficialCalendar published = new OfficialCalendar(List.of(), List.of(2026, 2027));
        assertThat(published.due(parse("2027-02-04"), 1).due()).isEqualTo(parse("2027-02-05"));
        assertThat(published.provisionalHolidays(2027)).isEmpty();
    }

    private static int overlaps(List<CalendarDay> days) {
        return (int) days.stream().filter(d -> d.name().contains("、")).count();
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static org.assertj.core.groups.Tuple day(String date, String name) {
        return org.assertj.core.groups.Tuple.tuple(parse(date), name);
    }
}
