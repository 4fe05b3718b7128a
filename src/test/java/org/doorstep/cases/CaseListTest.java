package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The officers' list of cases at volume (issue 11): one scoped, paginated query per page, the open cases most urgent
 * first, then the closed ones newest first, paged by key so a deep page reads no more than the first; the number of
 * SQL statements a page issues does not grow with the number of cases.
 */
@SpringBootTest
class CaseListTest {

    /** Villages of the demo county where no other test files cases. */
    static final String VILLAGE = DemoCounty.CHAYUAN_VILLAGE;
    static final String OTHER_VILLAGE = DemoCounty.ZHUSHAN_VILLAGE;

    @Autowired
    Cases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData sealed;
    @Autowired
    WebApplicationContext context;

    /** Files {@code closed} closed and {@code open} open cases at the village, straight into the table. */
    void file(String prefix, int closed, int open) {
        file(VILLAGE, prefix, closed, open);
    }

    void file(String village, String prefix, int closed, int open) {
        String phone = sealed.seal(Kind.PHONE, "13900000000");
        jdbc.sql("""
                insert into cases_case (number, query_code, item_code, item_name, department_code, channel,
                    applicant_kind, applicant_name, applicant_phone, accepting_unit, state, promised_days,
                    submitted_at, closed_at, due_on)
                select ? || g, 'ABCDEF', 'QX-MZ-003', '列表测试事项', ?, 'WINDOW', 'PERSON', '某某群众', ?, ?,
                       case when g <= ? then 'COMPLETED' else 'UNDER_REVIEW' end, 5,
                       timestamp '2026-01-01' + g * interval '1 minute',
                       case when g <= ? then timestamp '2026-02-01' + g * interval '1 minute' end,
                       date '2030-03-01' + (g % 300)
                from generate_series(1, ?) g""")
                .params(prefix, DemoCounty.CIVIL_AFFAIRS, phone, village, closed, closed, closed + open).update();
    }

    @Test
    void pagesWalkTheOpenCasesThenTheClosedOnesAndIssueAsManyStatementsForTenCasesAsForAThousand() {
        String prefix = "L" + System.nanoTime() % 1_000_000 + "-";
        Actor officer = Actor.window(VILLAGE);
        file(prefix, 6, 4);
        var small = StatementCounter.counted(() -> cases.list(officer, null, 1, null));
        int forTen = small.statements();
        assertThat(small.result().cases()).hasSize(10);

        file(prefix + "x", 900, 90);
        var firstCounted = StatementCounter.counted(() -> cases.list(officer, null, 1, null));
        CaseList first = firstCounted.result();
        assertThat(firstCounted.statements()).as("a page of open cases only").isLessThanOrEqualTo(forTen);

        // 94 open cases: two pages of them, the second filled up with the newest closed cases.
        assertThat(first.open()).isEqualTo(94);
        assertThat(first.cases()).hasSize(CaseList.PAGE_SIZE).allMatch(c -> c.urgency() != Urgency.CLOSED);
        assertThat(first.nextPage()).isEqualTo(2);
        var secondCounted = StatementCounter.counted(() -> cases.list(officer, null, 2, null));
        CaseList second = secondCounted.result();
        int forAThousand = secondCounted.statements();
        assertThat(forAThousand).as("statements for a page of open and closed cases among 1,000")
                .isEqualTo(forTen).isEqualTo(3);
        assertThat(second.cases().subList(0, 44)).allMatch(c -> c.urgency() != Urgency.CLOSED);
        assertThat(second.cases().subList(44, 50)).allMatch(c -> c.urgency() == Urgency.CLOSED);
        assertThat(second.nextAfter()).isNotNull();

        // Walk every closed case by key: each once, newest closed first.
        Set<String> seen = new HashSet<>();
        second.cases().forEach(c -> seen.add(c.number()));
        first.cases().forEach(c -> seen.add(c.number()));
        List<String> closedOrder = new ArrayList<>(second.cases().subList(44, 50).stream().map(CaseSummary::number)
                .toList());
        String after = second.nextAfter();
        while (after != null) {
            String key = after;
            var counted = StatementCounter.counted(() -> cases.list(officer, null, 1, key));
            CaseList page = counted.result();
            assertThat(counted.statements()).as("a deep page of closed cases").isLessThanOrEqualTo(forTen);
            page.cases().forEach(c -> assertThat(seen.add(c.number())).as("shown once: " + c.number()).isTrue());
            page.cases().forEach(c -> closedOrder.add(c.number()));
            after = page.nextAfter();
        }
        assertThat(seen).hasSize(1000);
        assertThat(closedOrder).hasSize(906).first().isEqualTo(prefix + "x900");
    }

    @Test
    void filtersAndScopeAreInTheQuery() {
        String prefix = "F" + System.nanoTime() % 1_000_000 + "-";
        file(OTHER_VILLAGE, prefix, 0, 3);
        jdbc.sql("update cases_case set due_on = date '2020-01-01' where number = ?").param(prefix + "1").update();
        Actor officer = Actor.window(OTHER_VILLAGE);
        assertThat(cases.list(officer, "overdue", 1, null).cases()).extracting(CaseSummary::number)
                .contains(prefix + "1").doesNotContain(prefix + "2");
        assertThat(cases.list(officer, "overdue", 1, null).overdue()).isPositive();
        // Another township's window sees none of them; the county's civil affairs bureau none either (window cases
        // that were never dispatched stay with the window).
        assertThat(cases.list(Actor.window(DemoCounty.SHIQIAO_TOWN), null, 1, null).cases())
                .noneMatch(c -> c.number().startsWith(prefix));
        assertThat(cases.list(Actor.other("DEPARTMENT_REVIEWER", DemoCounty.CIVIL_AFFAIRS), "open", 1, null).cases())
                .noneMatch(c -> c.number().startsWith(prefix));
    }

    @Test
    void aMangledPageOrKeyAnswers400InChinese() throws Exception {
        MockMvc mvc = SignedInRequests.secured(context);
        for (String[] param : new String[][] {{"after", "not-a-key"}, {"after", "1_x"}, {"page", "abc"}}) {
            MockHttpServletResponse r = mvc.perform(get("/console/cases").param(param[0], param[1])
                    .with(SignedInRequests.as(Actor.window(VILLAGE)))).andReturn().getResponse();
            assertThat(r.getStatus()).as(param[0] + "=" + param[1]).isEqualTo(400);
            assertThat(r.getContentAsString()).doesNotContain("Exception");
        }
    }
}
