package org.doorstep.calendar;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
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
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    /** Issue 12 item 1: when the calendar changes, the officers see which open deadlines moved, and by what. */
    @Test
    void officersSeeWhichDueDatesMovedAndWhy() throws Exception {
        String open = "moved-" + System.nanoTime();
        // Friday 2030-05-10 + 5 working days: 05-13 … 05-17.
        clocks.start("test", open, parse("2030-05-10"), 5);
        assertThat(clocks.status("test", open).orElseThrow().due()).isEqualTo(parse("2030-05-17"));
        try {
            mvc.perform(post("/console/calendar/days").param("date", "2030-05-14").param("kind", "HOLIDAY")
                            .param("name", "测试假日").with(SignedInRequests.as(COUNTY_ADMIN)).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("message", org.hamcrest.Matchers.containsString("个期限随之调整")));
            assertThat(clocks.moves(500, 0)).filteredOn(m -> m.reference().equals(open)).singleElement()
                    .satisfies(m -> {
                        assertThat(m.previousDue()).isEqualTo(parse("2030-05-17"));
                        assertThat(m.newDue()).isEqualTo(parse("2030-05-20"));
                        assertThat(m.cause()).isEqualTo("录入 2030-05-14 的日历安排");
                        assertThat(m.later()).isTrue();
                    });
            mvc.perform(get("/console/calendar").param("year", "2030").with(SignedInRequests.as(WINDOW)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("期限调整记录")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(open)))
                    // 2030 has no notice: the law's days are listed as computed (春节 2030 begins on 除夕 02-02).
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("2030-02-02")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("推算")));
        } finally {
            calendar.clearDay(parse("2030-05-14"));
        }
        // Clearing the day moves it back, and that is recorded too.
        assertThat(clocks.moves(500, 0)).filteredOn(m -> m.reference().equals(open)).first()
                .satisfies(m -> assertThat(m.newDue()).isEqualTo(parse("2030-05-17")));
    }

    /** 国办发明电〔2025〕7号 item 七: 9-20 (Sunday) and 10-10 (Saturday) are 国庆节's make-up working days. */
    @Test
    void the2026CalendarNamesItsNoticeAndItsMakeUpDays() throws Exception {
        assertThat(calendar.current().entry(parse("2026-09-20"))).get()
                .satisfies(d -> assertThat(d.name()).isEqualTo("调休上班（国庆节）"));
        assertThat(calendar.current().entry(parse("2026-10-10"))).get()
                .satisfies(d -> assertThat(d.name()).isEqualTo("调休上班（国庆节）"));
        mvc.perform(get("/console/calendar").param("year", "2026").with(SignedInRequests.as(WINDOW)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("国办发明电〔2025〕7号")));
    }

    /**
     * A due date stored by an earlier version of the rules (2031's 元旦 not yet counted as 放假办法第二条 gives it) is
     * moved at start like a calendar change would move it: recorded, with its own cause, and heard by the owner.
     */
    @Test
    void aStaleStoredDueDateMovesAtStart() {
        String open = "stale-" + System.nanoTime();
        // Monday 2030-12-30 + 3 working days: 12-31, 2031-01-01 is 元旦 (provisional), 01-02, 01-03.
        clocks.start("test", open, parse("2030-12-30"), 3);
        assertThat(clocks.status("test", open).orElseThrow().due()).isEqualTo(parse("2031-01-03"));
        jdbc.sql("update calendar_clock set due_date = date '2031-01-02' where owner = 'test' and reference = ?")
                .param(open).update();
        // As on the first start after an upgrade: the stored dates were counted by the rules before version 1.
        jdbc.sql("update calendar_rules set version = 0").update();
        clocks.recomputeOnStart();
        assertThat(jdbc.sql("select version from calendar_rules").query(Integer.class).single())
                .isEqualTo(StatutoryClocks.RULES_VERSION);
        assertThat(clocks.moves(500, 0)).filteredOn(m -> m.reference().equals(open)).singleElement()
                .satisfies(m -> {
                    assertThat(m.previousDue()).isEqualTo(parse("2031-01-02"));
                    assertThat(m.newDue()).isEqualTo(parse("2031-01-03"));
                    assertThat(m.cause()).contains("全国年节及纪念日放假办法");
                });
        assertThat(events.stream(ClockDueDateChanged.class).filter(e -> e.reference().equals(open))).hasSize(1);
        // A later start does nothing, even for a date that differs: it is the calendar's changes that move dates then.
        jdbc.sql("update calendar_clock set due_date = date '2031-01-02' where owner = 'test' and reference = ?")
                .param(open).update();
        clocks.recomputeOnStart();
        assertThat(clocks.moves(500, 0)).filteredOn(m -> m.reference().equals(open)).hasSize(1);
    }

    @Test
    void publishingAYearEndsItsProvisionalStatus() {
        // A year no other test touches, so a rerun on a kept database still starts from a provisional year.
        int year = 2040 + (int) (System.nanoTime() % 60);
        assertThat(calendar.current().isProvisional(year)).isTrue();
        calendar.publishYear(year, "测试通知");
        assertThat(calendar.current().isProvisional(year)).isFalse();
    }

    static final TestStaff WINDOW = new TestStaff("t-cal-window", "窗口", "WINDOW_OFFICER", DemoCounty.MEILIN_TOWN);
    static final TestStaff COUNTY_ADMIN = new TestStaff("t-cal-admin", "县管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);
    static final TestStaff TOWNSHIP_ADMIN = new TestStaff("t-cal-town", "镇管理员", "SYSTEM_ADMIN",
            DemoCounty.MEILIN_TOWN);

    @Test
    void staffReadTheCalendarButOnlyCountyAdministratorsChangeIt() throws Exception {
        mvc.perform(get("/console/calendar").param("year", "2026").with(SignedInRequests.as(WINDOW)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("国庆节")));
        mvc.perform(post("/console/calendar/days").param("date", "2030-04-02").param("kind", "HOLIDAY")
                        .with(SignedInRequests.as(WINDOW)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(calendar.current().entry(parse("2030-04-02"))).isEmpty();
        // A township administrator must not move every township's deadlines: the calendar is the county's.
        mvc.perform(post("/console/calendar/days").param("date", "2030-04-02").param("kind", "HOLIDAY")
                        .param("name", "测试假日").with(SignedInRequests.as(TOWNSHIP_ADMIN)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(calendar.current().entry(parse("2030-04-02"))).isEmpty();
        mvc.perform(get("/console/calendar").param("year", "2026").with(SignedInRequests.as(TOWNSHIP_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/console/calendar/days"))));

        mvc.perform(post("/console/calendar/days").param("date", "2030-04-02").param("kind", "HOLIDAY")
                        .param("name", "测试假日").with(SignedInRequests.as(COUNTY_ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.current().entry(parse("2030-04-02"))).isPresent();
        mvc.perform(post("/console/calendar/days/clear").param("date", "2030-04-02")
                        .with(SignedInRequests.as(COUNTY_ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.current().entry(parse("2030-04-02"))).isEmpty();

        // The whole notice likewise: only a county administrator enters it.
        for (TestStaff who : java.util.List.of(WINDOW, TOWNSHIP_ADMIN)) {
            mvc.perform(post("/console/calendar/notice").param("year", "2030").param("source", "测试通知")
                            .param("arrangement", "测试 2030-04-02 放假").with(SignedInRequests.as(who)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(calendar.current().entry(parse("2030-04-02"))).isEmpty();
        assertThat(calendar.current().isProvisional(2030)).isTrue();

        // Hostile notices from the one who may enter it, through the edge filters as a browser's would pass: each
        // refused with a message, nothing stored, no 5xx.
        org.springframework.test.web.servlet.MockMvc edge = org.springframework.test.web.servlet.setup.MockMvcBuilders
                .webAppContextSetup(context)
                .addFilters(context.getBean("requestHygiene",
                        org.springframework.boot.web.servlet.FilterRegistrationBean.class).getFilter())
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        for (String[] bad : java.util.List.of(new String[] {"通知\u0000", "测试 2030-04-02 放假"},
                new String[] {"测试通知", "测试 2030-04-02 放假\u0000"},
                new String[] {"测试通知", "测试 2030-04-02 放假\n".repeat(5_000)},
                new String[] {"测试通知", "测".repeat(200_000)})) {
            int status = edge.perform(post("/console/calendar/notice").param("year", "2030").param("source", bad[0])
                            .param("arrangement", bad[1]).with(SignedInRequests.as(COUNTY_ADMIN)).with(csrf()))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(bad[0] + " / " + bad[1].length()).isBetween(400, 499);
            assertThat(calendar.current().isProvisional(2030)).isTrue();
            assertThat(calendar.current().entry(parse("2030-04-02"))).isEmpty();
        }

        mvc.perform(post("/console/calendar/days").param("date", "not-a-date").param("kind", "HOLIDAY")
                        .with(SignedInRequests.as(COUNTY_ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("日期格式不正确")));
    }
}
