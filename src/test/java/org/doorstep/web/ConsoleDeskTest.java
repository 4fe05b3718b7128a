package org.doorstep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * Each role lands on what waits for it (issue 13, item 10): the counts of its landing page grow by exactly the rows a
 * test files in the officer's unit, and not by those filed in another unit. Other tests file rows in the same shared
 * database, so every assertion compares the landing before and after; the rows are rolled back with the test.
 */
@SpringBootTest
@Transactional
class ConsoleDeskTest {

    static final String VILLAGE = DemoCounty.TAOYUAN_VILLAGE;
    static final String OTHER_VILLAGE = DemoCounty.XINTANG_VILLAGE;
    static final String TOWN = DemoCounty.MEILIN_TOWN;
    static final String OTHER_TOWN = DemoCounty.SHIQIAO_TOWN;

    record Staff(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {
        static Staff of(String role, String unit) {
            return new Staff("t-desk-" + UUID.randomUUID().toString().substring(0, 8), "测试" + role, role, unit);
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData sealed;
    @Autowired
    WorkingCalendar calendar;

    MockMvc mvc;
    String run;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    String landing(StaffIdentity who) {
        try {
            return SignedInRequests.page(mvc, get("/console"), who);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number a count shows, found by the list it links to. */
    static long count(String html, String path) {
        Matcher m = Pattern.compile("href=\"" + Pattern.quote(path) + "\"><strong>([0-9,]+)</strong>").matcher(html);
        assertThat(m.find()).as("a count linking to " + path).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    void fileCase(String number, String unit, String department, String channel, String state, LocalDate due,
            String responsible) {
        jdbc.sql("""
                insert into cases_case (number, query_code, item_code, item_name, department_code, channel,
                    applicant_kind, applicant_name, applicant_phone, accepting_unit, state, promised_days,
                    submitted_at, due_on, responsible_login)
                values (?, 'ABCDEF', 'QX-MZ-003', '工作台测试事项', ?, ?, 'PERSON', '某某群众', ?, ?, ?, 5, now(), ?, ?)""")
                .params(number, department, channel, sealed.seal(Kind.PHONE, "13900000000"), unit, state, due,
                        responsible)
                .update();
    }

    @Test
    void aWindowOfficerCountsCasesToAcceptDispatchAndDeliverDueSoonAndOverdueInItsOwnUnitOnly() {
        Staff officer = Staff.of("WINDOW_OFFICER", VILLAGE);
        String before = landing(officer);
        LocalDate today = calendar.today();
        LocalDate far = today.plusYears(3);
        String p = "D" + run + "-";
        fileCase(p + 1, VILLAGE, DemoCounty.CIVIL_AFFAIRS, "WINDOW", "SUBMITTED", far, null);
        fileCase(p + 2, VILLAGE, DemoCounty.CIVIL_AFFAIRS, "WINDOW", "SUBMITTED", today, null);
        fileCase(p + 3, VILLAGE, DemoCounty.CIVIL_AFFAIRS, "WINDOW", "ACCEPTED", LocalDate.of(2020, 1, 6),
                officer.username());
        fileCase(p + 4, VILLAGE, DemoCounty.CIVIL_AFFAIRS, "WINDOW", "APPROVED", far, officer.username());
        // Another village's window: none of these count.
        for (String state : new String[] {"SUBMITTED", "ACCEPTED", "APPROVED"}) {
            fileCase(p + "x" + state, OTHER_VILLAGE, DemoCounty.CIVIL_AFFAIRS, "WINDOW", state,
                    LocalDate.of(2020, 1, 6), officer.username());
        }
        String after = landing(officer);

        Map<String, Long> grew = Map.of("intake", 2L, "dispatch", 1L, "deliver", 1L, "warning", 1L, "overdue", 1L,
                "mine", 2L);
        grew.forEach((filter, n) -> assertThat(count(after, "/console/cases?filter=" + filter)
                - count(before, "/console/cases?filter=" + filter)).as(filter).isEqualTo(n));
        assertThat(after).as("a window officer does not decide").doesNotContain("/console/cases?filter=review")
                .contains("待受理").contains("已超期");
        // The overdue case leads the list of the most urgent ones; the other village's never shows.
        assertThat(after).contains(p + 3).doesNotContain(p + "x");
        assertThat(after).as("not the menu's tiles").doesNotContain("请从下列入口开始工作");
    }

    @Test
    void aDepartmentReviewerCountsTheCasesDispatchedToItsDepartmentOnly() {
        Staff reviewer = Staff.of("DEPARTMENT_REVIEWER", DemoCounty.MARKET_REGULATION);
        String before = landing(reviewer);
        LocalDate far = calendar.today().plusYears(3);
        String p = "R" + run + "-";
        fileCase(p + 1, VILLAGE, DemoCounty.MARKET_REGULATION, "ONLINE", "DISPATCHED", far, null);
        fileCase(p + 2, VILLAGE, DemoCounty.MARKET_REGULATION, "ONLINE", "UNDER_REVIEW", far, null);
        fileCase(p + 3, VILLAGE, DemoCounty.CIVIL_AFFAIRS, "ONLINE", "DISPATCHED", far, null);
        String after = landing(reviewer);

        assertThat(count(after, "/console/cases?filter=review") - count(before, "/console/cases?filter=review"))
                .isEqualTo(2);
        assertThat(after).doesNotContain("/console/cases?filter=dispatch").doesNotContain("/console/requests");
    }

    @Test
    void aDisclosureOfficerCountsItsGovernmentsRequestsTopicsAndReturnedDrafts() {
        Staff officer = Staff.of("DISCLOSURE_OFFICER", TOWN);
        String before = landing(officer);
        String id = "110101199003071234";
        String[][] filed = {{TOWN, "2020-01-06"}, {TOWN, "2999-01-04"}, {OTHER_TOWN, "2020-01-06"}};
        for (int i = 0; i < filed.length; i++) {
            String[] r = filed[i];
            jdbc.sql("""
                    insert into requests_request (number, division_code, applicant_type, applicant_name,
                        identity_number, identity_hash, description, delivery, channel, submitted_at, received_on,
                        state, reply_due, reply_paused)
                    values (:number, :division, 'NATURAL_PERSON', '工作台申请人', :sealed, :hash, '工作台测试申请',
                        '电子文档（网上查看）', 'POST', now(), date '2019-12-02', 'PROCESSING', :due, false)""")
                    .param("number", "Q" + run + "-" + i).param("division", r[0])
                    .param("sealed", sealed.seal(Kind.ID_NUMBER, id)).param("hash", sealed.lookupHash(Kind.ID_NUMBER, id))
                    .param("due", LocalDate.parse(r[1])).update();
        }
        for (String division : new String[] {TOWN, TOWN, OTHER_TOWN}) {
            jdbc.sql("""
                    insert into engagement_topic (number, division_code, title, content, contact_name, phone, channel,
                        proposed_on, submitted_at, state)
                    values (:number, :division, '工作台测试点题', '内容', '张先生', :phone, 'HOTLINE', date '2026-01-05',
                        now(), 'PROPOSED')""")
                    .param("number", "P" + run + "-" + UUID.randomUUID().toString().substring(0, 4))
                    .param("division", division).param("phone", sealed.seal(Kind.PHONE, "13900001234")).update();
        }
        for (String division : new String[] {TOWN, OTHER_TOWN}) {
            jdbc.sql("""
                    insert into disclosure_document (index_number, division_code, unit_code, title, publisher_code,
                        publisher_name, written_on, state, author, created_at)
                    values (:index, :division, :division, '工作台退回文件', :division, '发布机构', :written, 'RETURNED',
                        'someone', now())""")
                    .param("index", run + "-" + division).param("division", division)
                    .param("written", calendar.today()).update();
        }
        String after = landing(officer);

        assertThat(count(after, "/console/requests") - count(before, "/console/requests")).as("open requests")
                .isEqualTo(2);
        assertThat(count(after, "/console/requests?view=overdue") - count(before, "/console/requests?view=overdue"))
                .isEqualTo(1);
        assertThat(count(after, "/console/topics?view=proposed") - count(before, "/console/topics?view=proposed"))
                .isEqualTo(2);
        assertThat(count(after, "/console/disclosure?state=RETURNED")
                - count(before, "/console/disclosure?state=RETURNED")).isEqualTo(1);
        assertThat(after).as("a disclosure officer handles no cases").doesNotContain("/console/cases?filter=");
    }

    @Test
    void aConfidentialityReviewerCountsTheSubmittedDocumentsOfItsUnitNotItsOwn() {
        Staff reviewer = Staff.of("CONFIDENTIALITY_REVIEWER", TOWN);
        String before = landing(reviewer);
        String[][] docs = {{TOWN, "someone"}, {TOWN, "someone-else"}, {TOWN, reviewer.username()},
                {OTHER_TOWN, "someone"}};
        for (int i = 0; i < docs.length; i++) {
            jdbc.sql("""
                    insert into disclosure_document (index_number, division_code, unit_code, title, publisher_code,
                        publisher_name, written_on, state, author, created_at)
                    values (:index, :division, :division, :title, :division, '发布机构', :written, 'SUBMITTED',
                        :author, now())""")
                    .param("index", run + "-r" + i).param("division", docs[i][0]).param("title", "待审文件" + run + i)
                    .param("written", calendar.today()).param("author", docs[i][1]).update();
        }
        String after = landing(reviewer);

        assertThat(count(after, "/console/disclosure/review") - count(before, "/console/disclosure/review"))
                .isEqualTo(2);
        assertThat(after).contains("待审文件" + run + "0").doesNotContain("待审文件" + run + "3")
                .doesNotContain("/console/disclosure?state=RETURNED");
    }

    @Test
    void aRoleWithNothingToCountKeepsTheMenuAndEveryLandingIssuesAFewStatements() {
        assertThat(landing(Staff.of("GRID_WORKER", VILLAGE))).contains("请从下列入口开始工作");
        for (Staff who : new Staff[] {Staff.of("WINDOW_OFFICER", VILLAGE), Staff.of("DEPARTMENT_REVIEWER",
                DemoCounty.MARKET_REGULATION), Staff.of("DISCLOSURE_OFFICER", TOWN),
                Staff.of("CONFIDENTIALITY_REVIEWER", TOWN), Staff.of("SUPERVISOR", DemoCounty.COUNTY),
                Staff.of("SYSTEM_ADMIN", DemoCounty.COUNTY)}) {
            landing(who);
            long started = System.nanoTime();
            int statements = StatementCounter.count(() -> landing(who));
            long ms = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("console landing %s: %d statements, %d ms%n", who.roleCode(), statements, ms);
            assertThat(statements).as(who.roleCode()).isLessThanOrEqualTo(16);
        }
    }
}
