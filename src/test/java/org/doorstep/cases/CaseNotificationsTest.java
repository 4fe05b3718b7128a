package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.services.Delivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 item 1: the applicant of a 办件 is told of every step that concerns them — submission, acceptance, the
 * one-time notice that pauses their clock, the supplement, approval and completion — by SMS and 站内信, in the step's
 * own transaction; steps that do not concern them (审查, 分发) tell nobody.
 */
@SpringBootTest
class CaseNotificationsTest {

    @Autowired
    CaseWorkflow workflow;
    @Autowired
    JdbcClient jdbc;

    List<String> told(String number, String channel) {
        return jdbc.sql("select template from notifications_message where reference = ? and channel = ? order by id")
                .params(number, channel).query(String.class).list();
    }

    @Test
    void everyStepThatConcernsTheApplicantTellsThemBySmsAndInTheInbox() {
        Actor citizen = Actor.citizen();
        var row = workflow.apply("QX-SCJG-001", CasesTest.person(), Delivery.WINDOW, List.of(), null, citizen,
                CasesTest.at("2026-12-07T09:00"));
        String n = row.number();
        workflow.notice(n, List.of(new OneTimeNotice.NoticeItem("公司章程", "缺少")), null, Actor.market(),
                CasesTest.at("2026-12-07T10:00"));
        workflow.supplementAtWindow(n, Set.of("公司章程"), Actor.market(), CasesTest.at("2026-12-08T09:00"));
        workflow.accept(n, null, Actor.market(), CasesTest.at("2026-12-08T10:00"));
        workflow.review(n, null, Actor.market(), CasesTest.at("2026-12-08T10:30"));
        workflow.approve(n, "准予", Actor.market(), CasesTest.at("2026-12-08T11:00"));
        workflow.deliver(n, Delivery.WINDOW, null, null, Actor.market(), CasesTest.at("2026-12-08T11:30"));
        List<String> steps = List.of("CASE_SUBMITTED", "CASE_NOTICED", "CASE_SUPPLEMENTED", "CASE_ACCEPTED",
                "CASE_APPROVED", "CASE_COMPLETED");
        assertThat(told(n, "SMS")).containsExactlyElementsOf(steps);
        assertThat(told(n, "PORTAL")).containsExactlyElementsOf(steps);
        // 12-07 + 1 working day, 12-08 paused for the supplement: due 12-09. The texts never quote the officer.
        assertThat(jdbc.sql("select body from notifications_message where reference = ? and template = 'CASE_ACCEPTED' "
                + "and channel = 'SMS'").param(n).query(String.class).single())
                .contains(n, "企业设立登记（有限责任公司）", "承诺于 2026-12-09 前办结", "/my/cases/" + n);
        assertThat(jdbc.sql("select count(*) from notifications_message where reference = ? and body like '%缺少%'")
                .param(n).query(Integer.class).single()).isZero();
    }

    @Test
    void aWindowApplicantWithoutAnAccountIsToldBySmsWithTheStatusPage() {
        var row = workflow.enterAtWindow("QX-SCJG-001", CasesTest.person(), Delivery.WINDOW, Set.of(), null,
                Actor.window(org.doorstep.organization.DemoCounty.MARKET_REGULATION), CasesTest.at("2026-12-07T09:00"));
        assertThat(told(row.number(), "SMS")).containsExactly("CASE_ACCEPTED");
        assertThat(told(row.number(), "PORTAL")).isEmpty();
        assertThat(jdbc.sql("select link from notifications_message where reference = ?").param(row.number())
                .query(String.class).single()).endsWith("/cases/status");
    }
}
