package org.doorstep.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doorstep.support.SignedInRequests.call;
import static org.doorstep.support.SignedInRequests.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;

import org.doorstep.calendar.ClockDueDateChanged;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.doorstep.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The console's topic list is scoped, paginated SQL (issue 11); bulk rows are inserted at once and rolled back. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class TopicListsTest {

    /** A division without demo topics, so the test owns every row of its list. */
    static final String QUIET = DemoCounty.CHAYUAN_VILLAGE;

    @Autowired
    Topics topics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData sealed;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;

    final String run = UUID.randomUUID().toString().substring(0, 6);

    /** {@code n} topics of the quiet division with a department, the k-th due on 2024-01-01 plus k days (past). */
    void insertTopics(int n) {
        int from = jdbc.sql("SELECT count(*) FROM engagement_topic WHERE division_code = ?").param(QUIET)
                .query(Integer.class).single() + 1;
        jdbc.sql("""
                INSERT INTO engagement_topic (number, division_code, title, content, contact_name, phone, channel,
                    proposed_on, submitted_at, state, department_code, department_name, feedback_days, feedback_due)
                SELECT 'T' || :run || '-' || g, :division, '批量点题 ' || g, '内容', '张先生', :phone, 'HOTLINE',
                    date '2023-12-01', now() + g * interval '1 second', 'ASSIGNED', :department, '承办部门', 10,
                    date '2024-01-01' + g
                FROM generate_series(:from, :to) g""")
                .param("run", run).param("division", QUIET).param("phone", sealed.seal(Kind.PHONE, "13900001234"))
                .param("department", DemoCounty.CIVIL_AFFAIRS).param("from", from).param("to", from + n - 1).update();
    }

    @Test
    void aListPageIssuesAsManyStatementsFor1000RowsAsFor10AndTheSecondPageFollows() {
        Staff officer = Staff.of("DISCLOSURE_OFFICER", QUIET);
        insertTopics(10);
        int forTen = StatementCounter.count(() -> topics.topics(officer, Topics.View.OPEN, 1));
        int pageForTen = StatementCounter.count(() -> html(officer, "/console/topics"));
        insertTopics(990);
        int forThousand = StatementCounter.count(() -> topics.topics(officer, Topics.View.OPEN, 1));
        int pageForThousand = StatementCounter.count(() -> html(officer, "/console/topics"));
        System.out.printf("topic list statements: facade 10 rows %d, 1,000 rows %d; console page %d, %d%n",
                forTen, forThousand, pageForTen, pageForThousand);
        assertThat(forThousand).isEqualTo(forTen).isLessThanOrEqualTo(3);
        assertThat(pageForThousand).isEqualTo(pageForTen);

        ListPage<Topics.Tracked> second = topics.topics(officer, Topics.View.OPEN, 2);
        assertThat(second.items()).extracting(t -> t.topic().title()).startsWith("批量点题 51", "批量点题 52");
        assertThat(topics.count(officer, Topics.View.OVERDUE)).isEqualTo(1000);
        assertThat(html(officer, "/console/topics?view=overdue&page=2")).contains("aria-label=\"点题列表翻页\"")
                .contains("aria-current=\"page\"").contains("第 2 页，共 20 页（共 1,000 条）");
        // The department answering them sees them; another department does not.
        assertThat(topics.count(Staff.of("DEPARTMENT_REVIEWER", DemoCounty.CIVIL_AFFAIRS), Topics.View.OVERDUE))
                .isGreaterThanOrEqualTo(1000);
        assertThat(topics.topics(Staff.of("DEPARTMENT_REVIEWER", DemoCounty.HOUSING_FUND), Topics.View.ALL, 1)
                .items()).noneMatch(t -> t.topic().divisionCode().equals(QUIET));
    }

    @Test
    void theOverdueViewFollowsTheCalendarAndAnotherDivisionsTopicAnswers404() {
        insertTopics(1);
        String number = jdbc.sql("SELECT number FROM engagement_topic WHERE number LIKE ?").param("T" + run + "-%")
                .query(String.class).single();
        Staff officer = Staff.of("DISCLOSURE_OFFICER", QUIET);
        assertThat(topics.topics(officer, Topics.View.OVERDUE, 1).items()).extracting(t -> t.topic().number())
                .contains(number);
        events.publishEvent(new ClockDueDateChanged(Topics.CLOCK_OWNER, number, LocalDate.of(2024, 1, 2),
                topics.today().plusYears(1)));
        assertThat(topics.topics(officer, Topics.View.OVERDUE, 1).items()).extracting(t -> t.topic().number())
                .doesNotContain(number);

        Staff other = Staff.of("DISCLOSURE_OFFICER", DemoCounty.SHIQIAO_TOWN);
        try {
            assertThat(call(mvc, get("/console/topics/" + number), other).getStatus()).isEqualTo(404);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(html(other, "/console/topics?view=all")).doesNotContain(number);
    }

    String html(Staff who, String url) {
        try {
            return page(mvc, get(url), who);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
