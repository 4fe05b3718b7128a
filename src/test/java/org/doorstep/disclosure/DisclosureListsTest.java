package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.support.SignedInRequests.call;
import static org.doorstep.support.SignedInRequests.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.doorstep.calendar.WorkingCalendar;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ListPage;
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
 * The console lists of documents are scoped, paginated SQL (issue 11). Bulk rows are inserted with one
 * INSERT … SELECT generate_series and rolled back with each test, so other tests never see them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Transactional
class DisclosureListsTest {

    static final String TOWN = DemoCounty.MEILIN_TOWN;
    static final String OTHER_TOWN = DemoCounty.SHIQIAO_TOWN;
    /** A unit with no documents of the demo county, so the test controls every row of its list. */
    static final String QUIET_UNIT = DemoCounty.HOUSING_FUND;

    @Autowired
    Disclosure disclosure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String run;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code n} documents of a unit in one state, each newer than everything before (created now + i seconds). */
    void insertDocuments(int n, String division, String unit, String state, LocalDate writtenOn) {
        jdbc.sql("""
                INSERT INTO disclosure_document (index_number, division_code, unit_code, title, publisher_code,
                    publisher_name, written_on, state, author, created_at)
                SELECT :run || '-' || :unit || '-' || g, :division, :unit, '批量文件 ' || g, :division, '批量发布机构',
                    :written, :state, 'bulk-author', now() + g * interval '1 second'
                FROM generate_series((SELECT count(*) FROM disclosure_document WHERE unit_code = :unit) + 1,
                                     (SELECT count(*) FROM disclosure_document WHERE unit_code = :unit) + :n) g""")
                .param("run", run).param("division", division).param("unit", unit).param("written", writtenOn)
                .param("state", state).param("n", n).update();
    }

    @Test
    void anOlderDraftStaysInTheReviewQueueAndTheDueListBehind600NewerDocumentsOfAnotherTown() {
        Officer officer = Officer.officer(TOWN);
        Officer reviewer = Officer.reviewer(TOWN);
        long node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
        // Written long ago, so its Art. 26 date has passed and it heads the town's due list.
        GovDocument old = disclosure.create(new DocumentDraft("久未公开的草稿" + run, null, TOWN, LocalDate.of(2015, 6, 1),
                null, null, "综合政务", "通知", "测试", "<p>正文</p>", List.of(node), null, null), officer);
        disclosure.submit(old.id(), officer);

        insertDocuments(600, OTHER_TOWN, OTHER_TOWN, "SUBMITTED", LocalDate.of(2015, 1, 5));
        long newer = jdbc.sql("""
                SELECT count(*) FROM disclosure_document
                WHERE coalesce(published_at, created_at) > (SELECT created_at FROM disclosure_document WHERE id = ?)""")
                .param(old.id()).query(Long.class).single();
        // The county's newest 500 (what the old list read before filtering) would not have reached it.
        assertThat(newer).isGreaterThan(500);

        assertThat(disclosure.reviewQueue(reviewer, 1).items()).extracting(GovDocument::id).contains(old.id());
        assertThat(disclosure.dueSoon(officer, 1).items()).filteredOn(x -> x.document().id() == old.id())
                .singleElement().satisfies(x -> assertThat(x.overdue()).isTrue());
        assertThat(disclosure.reviewCount(reviewer)).isGreaterThanOrEqualTo(1);
        // The other town's 600 are not the Meilin reviewer's, and they are the Shiqiao reviewer's.
        assertThat(disclosure.reviewQueue(reviewer, 1).items()).noneMatch(d -> d.divisionCode().equals(OTHER_TOWN));
        assertThat(disclosure.reviewQueue(Officer.reviewer(OTHER_TOWN), 1).items()).hasSize(ListPage.SIZE)
                .allMatch(d -> d.divisionCode().equals(OTHER_TOWN));
    }

    @Test
    void aListPageIssuesAsManyStatementsFor1000RowsAsFor10() throws Exception {
        Officer officer = Officer.officer(QUIET_UNIT);
        insertDocuments(10, DemoCounty.COUNTY, QUIET_UNIT, "DRAFT", LocalDate.of(2026, 3, 2));
        linkNodesAndAttachments();
        int forTen = StatementCounter.count(() -> disclosure.documents(officer, null, 1));
        int pageForTen = StatementCounter.count(() -> consolePage(officer, "/console/disclosure"));
        assertThat(disclosure.documents(officer, null, 1).items()).hasSize(10);

        insertDocuments(990, DemoCounty.COUNTY, QUIET_UNIT, "DRAFT", LocalDate.of(2026, 3, 2));
        linkNodesAndAttachments();
        int forThousand = StatementCounter.count(() -> disclosure.documents(officer, null, 1));
        int pageForThousand = StatementCounter.count(() -> consolePage(officer, "/console/disclosure"));

        System.out.printf("disclosure list statements: facade 10 rows %d, 1,000 rows %d; console page %d, %d%n",
                forTen, forThousand, pageForTen, pageForThousand);
        assertThat(forThousand).isEqualTo(forTen).isLessThanOrEqualTo(4);
        assertThat(pageForThousand).isEqualTo(pageForTen);
        ListPage<GovDocument> first = disclosure.documents(officer, null, 1);
        assertThat(first.items()).hasSize(ListPage.SIZE).allMatch(d -> !d.nodeIds().isEmpty());
        assertThat(first.items()).allMatch(d -> d.attachments().size() == 1);
        assertThat(first.totalLabel()).isEqualTo("1,000");
    }

    @Test
    void theSecondPageFollowsTheFirstAndBeyondTheCapTheTotalReads1000Plus() throws Exception {
        Officer officer = Officer.officer(QUIET_UNIT);
        insertDocuments(1005, DemoCounty.COUNTY, QUIET_UNIT, "DRAFT", LocalDate.of(2026, 3, 2));

        ListPage<GovDocument> first = disclosure.documents(officer, DocumentState.DRAFT, 1);
        ListPage<GovDocument> second = disclosure.documents(officer, DocumentState.DRAFT, 2);
        assertThat(second.items()).hasSize(ListPage.SIZE);
        assertThat(first.items().get(0).title()).isEqualTo("批量文件 1005");
        assertThat(second.items()).extracting(GovDocument::title).startsWith("批量文件 955", "批量文件 954");
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(second.capped()).isTrue();

        String html = consolePage(officer, "/console/disclosure?state=DRAFT&page=2");
        assertThat(html).contains("aria-label=\"文件列表翻页\"").contains("aria-current=\"page\"")
                .contains("第 2 页（共 1,000+ 条）").contains("href=\"/console/disclosure?state=DRAFT\"")
                .contains("href=\"/console/disclosure?state=DRAFT&amp;page=3\"").contains("批量文件 955");
        // nonsense page numbers read as the first page rather than failing
        assertThat(consolePage(officer, "/console/disclosure?page=abc")).contains("第 1 页");
    }

    @Test
    void anotherDivisionsDocumentAnswers404AndIsInNoneOfItsLists() throws Exception {
        Officer officer = Officer.officer(TOWN);
        long node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
        GovDocument d = disclosure.create(new DocumentDraft("他镇不可见" + run, null, TOWN, LocalDate.of(2015, 6, 1),
                null, null, "综合政务", "通知", "测试", "<p>正文</p>", List.of(node), null, null), officer);
        disclosure.submit(d.id(), officer);
        Officer other = Officer.officer(OTHER_TOWN);
        assertThat(call(mvc, get("/console/disclosure/documents/" + d.id()), other).getStatus()).isEqualTo(404);
        assertThat(consolePage(other, "/console/disclosure/review")).doesNotContain("他镇不可见" + run);
        assertThat(consolePage(other, "/console/disclosure/due")).doesNotContain("他镇不可见" + run);
        assertThat(consolePage(Officer.reviewer(TOWN), "/console/disclosure/review")).contains("他镇不可见" + run);
        assertThat(consolePage(officer, "/console/disclosure/due")).contains("他镇不可见" + run);
    }

    @Test
    void theDueListFiltersByTheLatestWrittenDateThatIsDueInTime() {
        LocalDate day = LocalDate.of(2026, 10, 12);
        LocalDate latest = disclosure.latestWrittenDueBy(day);
        for (LocalDate w = day.minusDays(120); w.isBefore(day); w = w.plusDays(1)) {
            boolean dueInTime = !calendar.due(w, Disclosure.ART26_WORKING_DAYS).due().isAfter(day);
            assertThat(!w.isAfter(latest)).as("written on " + w).isEqualTo(dueInTime);
        }
    }

    void linkNodesAndAttachments() {
        long node = disclosure.catalogue(DemoCounty.COUNTY).get(0).id();
        jdbc.sql("""
                INSERT INTO disclosure_document_node (document_id, node_id)
                SELECT id, :node FROM disclosure_document WHERE unit_code = :unit ON CONFLICT DO NOTHING""")
                .param("node", node).param("unit", QUIET_UNIT).update();
        jdbc.sql("""
                INSERT INTO disclosure_attachment (document_id, sha256, display_name, file_type, size, position)
                SELECT id, repeat('a', 64), '附件.pdf', 'PDF', 1, 1 FROM disclosure_document WHERE unit_code = :unit
                ON CONFLICT DO NOTHING""").param("unit", QUIET_UNIT).update();
    }

    String consolePage(Officer who, String url) {
        try {
            return page(mvc, get(url), who);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
