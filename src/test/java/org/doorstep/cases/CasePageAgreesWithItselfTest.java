package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.services.Delivery;
import org.doorstep.support.MovableClock;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A case page never contradicts itself (issue 13, item 13): the working days used keep counting past the due date, so
 * "已用工作日" and "超期 N 个工作日" add up to the promise; a case taken without materials does not say they are yet to
 * come. Literal dates on the 2026 calendar (国办发明电〔2025〕7号): no holiday falls between 11-16 and 12-09.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class CasePageAgreesWithItselfTest {

    @Autowired
    Cases cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    MovableClock clock;
    @Autowired
    WebApplicationContext context;

    @Test
    void anOverdueCaseCountsEveryWorkingDayUsedAndAClosedLateOneSaysHowLate() throws Exception {
        Actor citizen = Actor.citizen();
        Actor market = Actor.market();
        // 企业变更登记, promised 1 working day, applied and accepted on Monday 2026-11-16: due Tuesday 11-17.
        clock.set("2026-11-16T09:00");
        var row = workflow.apply("QX-SCJG-005", CasesTest.person(), Delivery.WINDOW, List.of(), null, citizen,
                CasesTest.at("2026-11-16T09:00"));
        workflow.accept(row.number(), null, market, CasesTest.at("2026-11-16T10:00"));
        workflow.review(row.number(), null, market, CasesTest.at("2026-11-16T11:00"));

        // Wednesday 12-09: 11-18 … 12-09 are 16 working days past the due date; 1 + 16 were used.
        clock.set("2026-12-09T15:00");
        Case late = cases.forStaff(row.number(), market);
        assertThat(late.clock().due()).isEqualTo(LocalDate.parse("2026-11-17"));
        assertThat(late.clock().overdue()).isTrue();
        assertThat(late.clock().lateDays()).isEqualTo(16);
        assertThat(late.clock().usedDays()).isEqualTo(17);
        MockMvc mvc = SignedInRequests.secured(context);
        String page = SignedInRequests.page(mvc, get("/console/cases/" + row.number()), market);
        assertThat(page).contains("<dd class=\"case-used\">17</dd>").contains("超期 16 个工作日");

        // Approved and collected at the window the same day: the page says it closed 16 working days late.
        workflow.approve(row.number(), "准予变更", market, CasesTest.at("2026-12-09T15:10"));
        String approved = SignedInRequests.page(mvc, get("/console/cases/" + row.number()), market);
        assertThat(approved).as("approved without any material given").doesNotContain("尚未提交材料")
                .contains("申请时未上传材料，受理时也未登记纸质材料");
        workflow.deliver(row.number(), Delivery.WINDOW, null, null, market, CasesTest.at("2026-12-09T16:00"));
        clock.set("2026-12-14T09:00");
        Case closed = cases.forStaff(row.number(), market);
        assertThat(closed.clock().overdue()).as("a closed case is no longer overdue").isFalse();
        assertThat(closed.clock().usedDays()).isEqualTo(17);
        assertThat(SignedInRequests.page(mvc, get("/console/cases/" + row.number()), market))
                .contains("办结时已超期 16 个工作日").doesNotContain("剩余");
    }

    @Test
    void aCaseJustSubmittedWithoutMaterialsStillAwaitsThemAndAWindowCaseNamesItsPaper() throws Exception {
        Actor citizen = Actor.citizen();
        clock.set("2026-11-16T09:00");
        var row = workflow.apply("QX-SCJG-005", CasesTest.person(), Delivery.WINDOW, List.of(), null, citizen,
                CasesTest.at("2026-11-16T09:00"));
        MockMvc mvc = SignedInRequests.secured(context);
        assertThat(SignedInRequests.page(mvc, get("/console/cases/" + row.number()), Actor.market()))
                .contains("尚未提交材料");

        Actor window = Actor.window(org.doorstep.organization.DemoCounty.MEILIN_TOWN);
        Case entered = cases.enterAtWindow("QX-MZ-003", CasesTest.person(), Delivery.WINDOW, Set.of(), null, window);
        assertThat(SignedInRequests.page(mvc, get("/console/cases/" + entered.number()), window))
                .doesNotContain("尚未提交材料").contains("窗口受理时未登记纸质材料");
    }
}
