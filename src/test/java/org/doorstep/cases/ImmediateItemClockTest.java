package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.services.Delivery;
import org.doorstep.services.ServiceCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 即办 (马上办) items on the calendar module's clock: due the same working day, and after a one-time notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImmediateItemClockTest {

    /** 个体工商户设立登记: promised 0 working days (即办). */
    static final String IMMEDIATE = "QX-SCJG-002";

    @Autowired
    Cases cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    ServiceCatalogue catalogue;

    Case noticed(Actor citizen, String appliedAt, String noticedAt) {
        var row = workflow.apply(IMMEDIATE, CasesTest.person(), Delivery.WINDOW, List.of(), null, citizen,
                CasesTest.at(appliedAt));
        workflow.notice(row.number(), List.of(new OneTimeNotice.NoticeItem("经营场所使用证明", "缺少")), null,
                Actor.market(), CasesTest.at(noticedAt));
        return cases.caseOf(row.number(), citizen.username());
    }

    @Test
    void anImmediateItemIsDueTheSameWorkingDayAndTheNextWorkingDayWhenAppliedOnASunday() {
        assertThat(catalogue.item(IMMEDIATE).promisedLimitDays()).isZero();
        Actor citizen = Actor.citizen();
        var weekday = workflow.apply(IMMEDIATE, CasesTest.person(), Delivery.WINDOW, List.of(), null, citizen,
                CasesTest.at("2026-11-17T09:00"));
        assertThat(cases.caseOf(weekday.number(), citizen.username()).clock().due())
                .isEqualTo(LocalDate.parse("2026-11-17"));
        var sunday = workflow.apply(IMMEDIATE, CasesTest.person(), Delivery.WINDOW, List.of(), null, citizen,
                CasesTest.at("2026-11-22T20:00"));
        Case c = cases.caseOf(sunday.number(), citizen.username());
        assertThat(c.clock().start()).isEqualTo(LocalDate.parse("2026-11-22"));
        assertThat(c.clock().due()).isEqualTo(LocalDate.parse("2026-11-23"));
    }

    @Test
    void supplementedOnANationalDayHolidayAnImmediateCaseIsDueTheFirstWorkingDayAfterIt() {
        Actor citizen = Actor.citizen();
        Case c = noticed(citizen, "2026-09-30T09:00", "2026-09-30T10:00");
        assertThat(c.clock().paused()).isTrue();
        workflow.supplement(c.number(), List.of(new Upload("经营场所使用证明",
                new ByteArrayInputStream(CasesTest.PDF), "lease.pdf")), null, citizen, CasesTest.at("2026-10-03T20:00"));
        Case back = cases.caseOf(c.number(), citizen.username());
        assertThat(back.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(back.clock().paused()).isFalse();
        assertThat(back.clock().due()).isEqualTo(LocalDate.parse("2026-10-08"));
        // The pause stays on record: the clock still starts on the application day.
        assertThat(back.clock().start()).isEqualTo(LocalDate.parse("2026-09-30"));
    }

    @Test
    void supplementedOnTheMakeUpWorkingSaturdayAnImmediateCaseIsDueThatSaturday() {
        Actor citizen = Actor.citizen();
        Case c = noticed(citizen, "2026-10-09T09:00", "2026-10-09T11:00");
        workflow.supplementAtWindow(c.number(), Set.of("经营场所使用证明"), Actor.market(),
                CasesTest.at("2026-10-10T10:00"));
        Case back = cases.caseOf(c.number(), citizen.username());
        assertThat(back.clock().due()).isEqualTo(LocalDate.parse("2026-10-10"));
        assertThat(back.clock().pausedDays()).isEqualTo(1); // the Saturday itself, a working day, was paused
    }

    @Test
    void supplementedOnAnOrdinaryWorkingDayAnImmediateCaseIsDueThatDayAndFlaggedOverdueAfter() {
        Actor citizen = Actor.citizen();
        Case c = noticed(citizen, "2026-11-16T09:00", "2026-11-16T10:00");
        workflow.supplementAtWindow(c.number(), Set.of("经营场所使用证明"), Actor.market(),
                CasesTest.at("2026-11-19T10:00"));
        Case back = cases.caseOf(c.number(), citizen.username());
        assertThat(back.clock().due()).isEqualTo(LocalDate.parse("2026-11-19"));
        assertThat(back.clock().pausedDays()).isEqualTo(3);
        // Today (the test machine's date is after it) the open case is overdue and flagged so for staff.
        assertThat(back.clock().overdue()).isTrue();
        assertThat(back.clock().urgency()).isEqualTo(Urgency.OVERDUE);
    }
}
