package org.doorstep.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.doorstep.calendar.CalendarDay;
import org.doorstep.calendar.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables. */
@Repository
public class CalendarStore {

    private final JdbcClient jdbc;

    public CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CalendarDay> allDays() {
        return jdbc.sql("select day, kind, name from calendar_day order by day")
                .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
    }

    public List<Integer> publishedYears() {
        return jdbc.sql("select year from calendar_year order by year").query(Integer.class).list();
    }

    public Optional<String> yearSource(int year) {
        return jdbc.sql("select source from calendar_year where year = ?").param(year).query(String.class).optional();
    }

    public void upsertDay(CalendarDay day) {
        jdbc.sql("""
                insert into calendar_day (day, kind, name) values (?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
                .params(day.date(), day.kind().name(), day.name()).update();
    }

    public boolean deleteDay(LocalDate date) {
        return jdbc.sql("delete from calendar_day where day = ?").param(date).update() > 0;
    }

    public void deleteDays(int year) {
        jdbc.sql("delete from calendar_day where day between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
    }

    public void publishYear(int year, String source) {
        jdbc.sql("""
                insert into calendar_year (year, source) values (?, ?)
                on conflict (year) do update set source = excluded.source, published_at = now()""")
                .params(year, source).update();
    }

    public boolean unpublishYear(int year) {
        return jdbc.sql("delete from calendar_year where year = ?").param(year).update() > 0;
    }
}
