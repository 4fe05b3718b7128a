package org.doorstep.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.doorstep.support.SignedInRequests.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's consultation list is scoped, paginated SQL with its figures counted in the database (issue 11): a
 * hotline logs a hundred questions a day, so a year of them must not be loaded to show fifty.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ConsultationListTest {

    /** A unit without demo consultations, in a month long before the demo's, so the test owns every row it lists. */
    static final String QUIET = DemoCounty.CHAYUAN_VILLAGE;
    static final LocalDate FROM = LocalDate.of(2019, 3, 1);
    static final LocalDate TO = LocalDate.of(2019, 3, 31);

    @Autowired
    Consultations consultations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /**
     * Consultations {@code from..to} of the quiet unit, the g-th asked on 2019-03-01 plus g % 31 days, by hotline
     * when g is even and at a window otherwise, g % 10 + 1 minutes, 医疗保障 when g % 4 = 0.
     */
    void insert(int from, int to) {
        jdbc.sql("""
                INSERT INTO engagement_consultation (unit_code, channel, category, question, answer, minutes, asked_on,
                    recorded_by, recorded_at, keywords)
                SELECT :unit, CASE WHEN g % 2 = 0 THEN 'HOTLINE' ELSE 'WINDOW' END,
                    CASE WHEN g % 4 = 0 THEN '医疗保障' ELSE '社会保障' END, '批量咨询 ' || g, '答复 ' || g,
                    g % 10 + 1, date '2019-03-01' + g % 31, 't-list', now(), array['批量']
                FROM generate_series(:from, :to) g""")
                .param("unit", QUIET).param("from", from).param("to", to).update();
    }

    @Test
    void aPageIssuesAsManyStatementsFor1000ConsultationsAsFor10AndTheFiguresCountThemAll() {
        Staff officer = Staff.of("DISCLOSURE_OFFICER", QUIET);
        insert(1, 10);
        int forTen = StatementCounter.count(() -> consultations.list(officer, FROM, TO, null, null, 1));
        int pageForTen = StatementCounter.count(() -> html(officer, "/console/consultations?from=2019-03-01&to=2019-03-31"));
        insert(11, 1000);
        int forThousand = StatementCounter.count(() -> consultations.list(officer, FROM, TO, null, null, 1));
        int pageForThousand = StatementCounter.count(
                () -> html(officer, "/console/consultations?from=2019-03-01&to=2019-03-31"));
        assertThat(forThousand).isEqualTo(forTen).isLessThanOrEqualTo(2);
        assertThat(pageForThousand).isEqualTo(pageForTen);

        ConsultationList all = consultations.list(officer, FROM, TO, null, null, 1);
        // 1..1000 % 10 + 1: each of 1..10 a hundred times, mean 5.5, rounded half up.
        assertThat(all.total()).isEqualTo(1000);
        assertThat(all.averageMinutes()).isEqualTo(6);
        assertThat(all.page().items()).hasSize(50);
        // Newest first: 2019-03-31 holds g = 30, 61, …, 991 (32 of them), the highest id first.
        assertThat(all.page().items().get(0).askedOn()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(all.page().items().get(0).question()).isEqualTo("批量咨询 991");
        assertThat(all.page().items().get(31).question()).isEqualTo("批量咨询 30");
        assertThat(all.page().items().get(32).askedOn()).isEqualTo(LocalDate.of(2019, 3, 30));

        ConsultationList second = consultations.list(officer, FROM, TO, null, null, 2);
        assertThat(second.page().items()).hasSize(50).doesNotContainAnyElementsOf(all.page().items());
        assertThat(consultations.list(officer, FROM, TO, null, null, 20).page().hasNext()).isFalse();
        assertThat(consultations.list(officer, FROM, TO, null, null, 21).page().items()).isEmpty();

        // Channel and category filter in SQL: hotline (even g) and 医疗保障 (g % 4 = 0) are the 250 multiples of 4.
        ConsultationList filtered = consultations.list(officer, FROM, TO, ConsultationChannel.HOTLINE, "医疗保障", 1);
        assertThat(filtered.total()).isEqualTo(250);
        assertThat(filtered.page().items()).allSatisfy(c -> {
            assertThat(c.channel()).isEqualTo(ConsultationChannel.HOTLINE);
            assertThat(c.category()).isEqualTo("医疗保障");
        });

        String html = html(officer, "/console/consultations?from=2019-03-01&to=2019-03-31&channel=HOTLINE&page=2");
        assertThat(html).contains("2019-03-01 至 2019-03-31 共 500 条，平均用时")
                .contains("第 2 页，共 10 页（共 500 条）").contains("aria-label=\"咨询记录翻页\"")
                .contains("page=3").contains("channel=HOTLINE");
        // A mangled page number reads as the first page.
        assertThat(html(officer, "/console/consultations?from=2019-03-01&to=2019-03-31&page=abc"))
                .contains("第 1 页，共 20 页（共 1,000 条）");
    }

    @Test
    void anotherUnitDoesNotSeeThemAndAPeriodLongerThanAYearIsRefusedInChinese() {
        insert(1, 5);
        Staff elsewhere = Staff.of("DISCLOSURE_OFFICER", DemoCounty.SHIQIAO_TOWN);
        assertThat(consultations.list(elsewhere, FROM, TO, null, null, 1).total()).isZero();
        assertThat(consultations.list(Staff.of("DISCLOSURE_OFFICER", DemoCounty.COUNTY), FROM, TO, null, null, 1)
                .total()).isEqualTo(5);

        Staff officer = Staff.of("DISCLOSURE_OFFICER", QUIET);
        assertThatThrownBy(() -> consultations.list(officer, FROM, FROM.plusYears(2), null, null, 1))
                .isInstanceOf(InvalidFieldsException.class);
        assertThat(html(officer, "/console/consultations?from=2019-03-01&to=2021-03-01")).contains("统计时段最长一年")
                .doesNotContain("批量咨询");
        assertThat(html(officer, "/console/consultations?from=2019-03-31&to=2019-03-01"))
                .contains("结束日期不能早于开始日期");
    }

    String html(Staff who, String url) {
        try {
            return page(mvc, get(url), who);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
