package org.doorstep.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * An administrator changes the calendar; open clocks move with it and say so. Uses 2030, a provisional year, so the
 * shared test database keeps its published calendar for other tests.
 */
@SpringBootTest
@RecordApplicationEvents
class CalendarChangeTest {

    @Autowired
    WorkingCalendar calendar;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEvents events;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    @Test
    void anAnnouncedHolidayMovesOpenClocksAndStoppedOnesStay() {
        String open = "open-" + System.nanoTime();
        String done = "done-" + System.nanoTime();
        // 2030-03-01 is a Friday: ten working days end on Friday 2030-03-15.
        clocks.start("test", open, parse("2030-03-01"), 10);
        clocks.start("test", done, parse("2030-03-01"), 10);
        clocks.stop("test", done, parse("2030-03-04"));
        assertThat(clocks.status("test", open).orElseThrow().due()).isEqualTo(parse("2030-03-15"));

        calendar.setDay(new CalendarDay(parse("2030-03-06"), DayKind.HOLIDAY, "测试假日"));
        try {
            assertThat(clocks.status("test", open).orElseThrow().due()).isEqualTo(parse("2030-03-18"));
            assertThat(events.stream(ClockDueDateChanged.class).filter(e -> e.reference().equals(open)))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.previousDue()).isEqualTo(parse("2030-03-15"));
                        assertThat(e.newDue()).isEqualTo(parse("2030-03-18"));
                    });
            assertThat(events.stream(ClockDueDateChanged.class).filter(e -> e.reference().equals(done))).isEmpty();
            assertThat(audit.search(new AuditQuery(null, null, null, "calendar.day.set", "2030-03-06", null), null, null, 10)
                    .entries()).isNotEmpty();
        } finally {
            calendar.clearDay(parse("2030-03-06"));
        }
        assertThat(clocks.status("test", open).orElseThrow().due()).isEqualTo(parse("2030-03-15"));
    }

    @Test
    void publishingAYearEndsItsProvisionalStatus() {
        // A year no other test touches, so a rerun on a kept database still starts from a provisional year.
        int year = 2040 + (int) (System.nanoTime() % 60);
        assertThat(calendar.current().isProvisional(year)).isTrue();
        calendar.publishYear(year, "测试通知");
        assertThat(calendar.current().isProvisional(year)).isFalse();
    }

    @Test
    void staffReadTheCalendarButOnlyAdministratorsChangeIt() throws Exception {
        mvc.perform(get("/console/calendar").param("year", "2026").with(user("w").roles("STAFF", "WINDOW_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("国庆节")));
        mvc.perform(post("/console/calendar/days").param("date", "2030-04-02").param("kind", "HOLIDAY")
                        .with(user("w").roles("STAFF", "WINDOW_OFFICER")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(calendar.current().entry(parse("2030-04-02"))).isEmpty();

        mvc.perform(post("/console/calendar/days").param("date", "2030-04-02").param("kind", "HOLIDAY")
                        .param("name", "测试假日").with(user("a").roles("STAFF", "SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.current().entry(parse("2030-04-02"))).isPresent();
        mvc.perform(post("/console/calendar/days/clear").param("date", "2030-04-02")
                        .with(user("a").roles("STAFF", "SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.current().entry(parse("2030-04-02"))).isEmpty();

        mvc.perform(post("/console/calendar/days").param("date", "not-a-date").param("kind", "HOLIDAY")
                        .with(user("a").roles("STAFF", "SYSTEM_ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("日期格式不正确")));
    }
}
