package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.support.SignedInRequests.call;
import static org.doorstep.support.SignedInRequests.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.doorstep.calendar.ClockDueDateChanged;
import org.doorstep.calendar.StatutoryClocks;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.requests.DisclosureRequests.Tracked;
import org.doorstep.requests.DisclosureRequests.View;
import org.doorstep.support.SignedInRequests;
import org.doorstep.support.StatementCounter;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's request lists are scoped, paginated SQL whose overdue and due-soon views filter on the due date kept
 * in the request's row (issue 11). Bulk rows come from one INSERT … SELECT generate_series and are rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RequestListsTest {

    /** A division no request of the demo county is addressed to, so the test owns every row of its lists. */
    static final String QUIET = DemoCounty.CHAYUAN_VILLAGE;

    @Autowired
    DisclosureRequests requests;
    @Autowired
    StatutoryClocks clocks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData sealed;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;

    String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 6);
    }

    static Application person(String id) {
        return new Application("NATURAL_PERSON", "李某某", id, "", "", "", "", "青溪县某某路 2 号", DemoCounty.COUNTY,
                "青溪县 2026 年农村公路养护资金的分配文件", "电子文档（网上查看）");
    }

    /**
     * {@code n} received requests to the quiet division, each with a running reply clock (every third paused), the
     * k-th due on 2024-01-01 plus k days (all past).
     */
    void insertRequests(int n) {
        String id = "110101199003071234";
        int from = jdbc.sql("SELECT count(*) FROM requests_request WHERE division_code = ?").param(QUIET)
                .query(Integer.class).single() + 1;
        jdbc.sql("""
                INSERT INTO requests_request (number, division_code, applicant_type, applicant_name, identity_number,
                    identity_hash, description, delivery, channel, submitted_at, received_on, state, reply_due,
                    reply_paused)
                SELECT 'T' || :run || '-' || g, :division, 'NATURAL_PERSON', '批量申请人', :sealed, :hash, '批量申请 ' || g,
                    '电子文档（网上查看）', 'POST', now() + g * interval '1 second', date '2025-12-01',
                    CASE WHEN g % 3 = 0 THEN 'AWAITING_SUPPLEMENT' ELSE 'PROCESSING' END,
                    date '2024-01-01' + g, g % 3 = 0
                FROM generate_series(:from, :to) g""")
                .param("run", run).param("division", QUIET).param("sealed", sealed.seal(Kind.ID_NUMBER, id))
                .param("hash", sealed.lookupHash(Kind.ID_NUMBER, id)).param("from", from).param("to", from + n - 1)
                .update();
        for (int g = from; g < from + n; g++) {
            String number = "T" + run + "-" + g;
            clocks.start(DisclosureRequests.CLOCK_OWNER, number, LocalDate.of(2025, 12, 1), 20);
            if (g % 3 == 0) {
                clocks.pause(DisclosureRequests.CLOCK_OWNER, number, LocalDate.of(2025, 12, 3), "补正");
            }
        }
    }

    @Test
    void theOverdueViewFiltersOnTheStoredDueDateWhichFollowsEveryStepAndTheCalendar() {
        Officer officer = Officer.officer(DemoCounty.COUNTY);
        // Received Monday 2026-01-05: due 20 working days later, long past today.
        DisclosureRequest r = requests.register(person(TestPeople.residentId()), Channel.POST,
                LocalDate.of(2026, 1, 5), officer);
        LocalDate due = requests.dueOf(r);
        assertThat(storedDue(r.number())).isEqualTo(due);
        assertThat(overdue(officer)).contains(r.number());

        // A supplement notice pauses the clock: a paused request is never overdue.
        requests.noticeSupplement(r.number(), "请写明文件名称", 10, LocalDate.of(2026, 1, 7), officer);
        assertThat(jdbc.sql("SELECT reply_paused FROM requests_request WHERE number = ?").param(r.number())
                .query(Boolean.class).single()).isTrue();
        assertThat(overdue(officer)).doesNotContain(r.number());
        requests.receiveSupplement(r.number(), "补正内容", LocalDate.of(2026, 1, 12), officer);
        assertThat(overdue(officer)).contains(r.number());

        // The calendar module moves the date (a calendar change): the stored date follows in the same transaction.
        LocalDate later = requests.today().plusYears(1);
        events.publishEvent(new ClockDueDateChanged(DisclosureRequests.CLOCK_OWNER, r.number(), storedDue(r.number()),
                later));
        assertThat(storedDue(r.number())).isEqualTo(later);
        assertThat(overdue(officer)).doesNotContain(r.number());
        assertThat(requests.requests(officer, View.OPEN, 1).items()).extracting(t -> t.request().number())
                .contains(r.number());
    }

    @Test
    void aListPageIssuesAsManyStatementsFor1000RowsAsFor10AndTheSecondPageFollows() throws Exception {
        Officer officer = Officer.officer(QUIET);
        insertRequests(10);
        int forTen = StatementCounter.count(() -> requests.requests(officer, View.OPEN, 1));
        int pageForTen = StatementCounter.count(() -> html(officer, "/console/requests?view=overdue"));
        assertThat(requests.requests(officer, View.OPEN, 1).items()).hasSize(10);

        insertRequests(990);
        int forThousand = StatementCounter.count(() -> requests.requests(officer, View.OPEN, 1));
        int pageForThousand = StatementCounter.count(() -> html(officer, "/console/requests?view=overdue"));
        System.out.printf("request list statements: facade 10 rows %d, 1,000 rows %d; console page %d, %d%n",
                forTen, forThousand, pageForTen, pageForThousand);
        assertThat(forThousand).isEqualTo(forTen).isLessThanOrEqualTo(4);
        assertThat(pageForThousand).isEqualTo(pageForTen);

        ListPage<Tracked> first = requests.requests(officer, View.OPEN, 1);
        ListPage<Tracked> second = requests.requests(officer, View.OPEN, 2);
        assertThat(first.items()).hasSize(ListPage.SIZE).allMatch(t -> t.clock() != null);
        assertThat(first.items().get(0).request().description()).isEqualTo("批量申请 1");
        assertThat(second.items()).extracting(t -> t.request().description()).startsWith("批量申请 51");
        assertThat(first.totalLabel()).isEqualTo("1,000");
        // 667 of the 1,000 count and are overdue; the paused third are not
        assertThat(requests.count(officer, View.OVERDUE)).isEqualTo(667);

        String page2 = html(officer, "/console/requests?view=all&page=2");
        assertThat(page2).contains("aria-label=\"申请列表翻页\"").contains("aria-current=\"page\"")
                .contains("第 2 页，共 20 页（共 1,000 条）").contains("href=\"/console/requests?view=all\"")
                .contains("href=\"/console/requests?view=all&amp;page=3\"");
    }

    @Test
    void anotherDivisionsRequestAnswers404AndIsInNoneOfItsLists() throws Exception {
        Officer county = Officer.officer(DemoCounty.COUNTY);
        DisclosureRequest r = requests.register(person(TestPeople.residentId()), Channel.POST,
                LocalDate.of(2026, 1, 5), county);
        Officer town = Officer.officer(DemoCounty.SHIQIAO_TOWN);
        assertThat(call(mvc, get("/console/requests/" + r.number()), town).getStatus()).isEqualTo(404);
        for (View view : View.values()) {
            assertThat(requests.requests(town, view, 1).items()).noneMatch(t -> t.request().number()
                    .equals(r.number()));
        }
        assertThat(html(town, "/console/requests?view=overdue")).doesNotContain(r.number());
        assertThat(html(county, "/console/requests?view=overdue")).contains(r.number());
    }

    List<String> overdue(Officer officer) {
        return requests.requests(officer, View.OVERDUE, 1).items().stream().map(t -> t.request().number()).toList();
    }

    LocalDate storedDue(String number) {
        return jdbc.sql("SELECT reply_due FROM requests_request WHERE number = ?").param(number)
                .query(LocalDate.class).single();
    }

    String html(Officer who, String url) {
        try {
            return page(mvc, get(url), who);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
