package org.doorstep.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar exactly as the migration loads it, read from the migration itself so tests and data cannot drift. */
final class OfficialCalendarFixture {

    private OfficialCalendarFixture() {
    }

    static OfficialCalendar load() {
        try (InputStream in = OfficialCalendarFixture.class
                .getResourceAsStream("/db/migration/calendar/V202611230100__calendar.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<CalendarDay> days = new ArrayList<>();
            Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '(HOLIDAY|MAKEUP_WORKDAY)', '([^']+)'\\)").matcher(sql);
            while (m.find()) {
                days.add(new CalendarDay(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)), m.group(3)));
            }
            List<Integer> years = new ArrayList<>();
            Matcher y = Pattern.compile("insert into calendar_year \\(year, source\\) values \\((\\d{4})").matcher(sql);
            while (y.find()) {
                years.add(Integer.parseInt(y.group(1)));
            }
            return new OfficialCalendar(days, years);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
