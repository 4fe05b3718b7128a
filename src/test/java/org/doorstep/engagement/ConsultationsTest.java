package org.doorstep.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Consultations, the hot-topics view over two periods and the proactive draft it starts. */
@SpringBootTest
class ConsultationsTest {

    /** No demo consultation is logged in 竹山乡, so its figures are this test's alone. */
    static final String TOWN = DemoCounty.ZHUSHAN_TOWNSHIP;

    @Autowired
    Consultations consultations;
    @Autowired
    Disclosure disclosure;
    @Autowired
    JdbcClient jdbc;

    final Staff officer = Staff.of("DISCLOSURE_OFFICER", TOWN);

    @Test
    void hotTopicsCountCategoriesAndKeywordsAndFindWhatRose() {
        // The previous period, 2025-02-01 … 2025-02-28: two pension questions and one about medical insurance.
        log("社会保障", "城乡居民养老保险缴费档次怎么选", "2025-02-03");
        log("社会保障", "养老保险待遇领取需要什么材料", "2025-02-10");
        log("医疗保障", "医保报销比例是多少", "2025-02-20");
        // This period, 2025-03-01 … 2025-03-28: medical insurance payments rise.
        log("医疗保障", "医保缴费截止时间是哪天", "2025-03-03");
        log("医疗保障", "错过医保缴费还能补缴吗", "2025-03-05");
        log("医疗保障", "在外地怎么交医保缴费", "2025-03-12");
        log("社会保障", "养老保险缴费档次怎么选", "2025-03-20");
        log("户籍证件", "身份证到期换领在哪里", "2025-03-28");

        HotTopics hot = consultations.hotTopics(officer, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 28));
        assertThat(hot.previousFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(hot.previousTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(hot.total()).isEqualTo(5);
        assertThat(hot.previousTotal()).isEqualTo(3);
        assertThat(hot.categories()).first().isEqualTo(new HotTopic("CATEGORY", "医疗保障", 3, 1));
        assertThat(hot.categories()).contains(new HotTopic("CATEGORY", "社会保障", 1, 2),
                new HotTopic("CATEGORY", "户籍证件", 1, 0));
        assertThat(hot.keywords()).contains(new HotTopic("KEYWORD", "医保", 3, 1), new HotTopic("KEYWORD", "缴费", 4, 1));
        assertThat(hot.keywords()).extracting(HotTopic::term).doesNotContain("怎么", "哪天", "是否", "2025");
        assertThat(hot.rising()).extracting(HotTopic::term).startsWith("缴费").contains("医保", "医疗保障")
                .doesNotContain("社会保障");

        // One action on a hot topic starts a draft in the disclosure module, prefilled with the questions.
        GovDocument d = consultations.startDraft(officer, "KEYWORD", "医保", hot.from(), hot.to());
        assertThat(d.state()).isEqualTo(DocumentState.DRAFT);
        assertThat(d.title()).isEqualTo("关于“医保”常见问题的解答");
        assertThat(d.body()).contains("医保缴费截止时间是哪天（咨询 1 次）", "错过医保缴费还能补缴吗")
                .doesNotContain("身份证到期");
        assertThat(disclosure.staffDocument(d.id(), officer).divisionCode()).isEqualTo(TOWN);
        Staff window = Staff.of("WINDOW_OFFICER", TOWN);
        assertThatThrownBy(() -> consultations.startDraft(window, "KEYWORD", "医保", hot.from(), hot.to()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachQuestionIsSegmentedOnceWhenLoggedAndOlderOnesOnStart() {
        log("医疗保障", "异地就医备案怎么办理", "2025-04-02");
        String[] stored = jdbc.sql("select keywords from engagement_consultation where question = ? order by id desc "
                + "limit 1").param("异地就医备案怎么办理").query((rs, n) -> (String[]) rs.getArray(1).getArray()).single();
        assertThat(stored).contains("备案").doesNotContain("怎么");
        // A question stored before keywords were kept is segmented on start, and counted like the others.
        jdbc.sql("update engagement_consultation set keywords = null where question = ?").param("异地就医备案怎么办理")
                .update();
        consultations.segmentOlderQuestions();
        assertThat(consultations.hotTopics(officer, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30)).keywords())
                .extracting(HotTopic::term).contains("备案");
    }

    @Test
    void badEntriesGetEveryMessageAndStoreNothing() {
        int before = jdbc.sql("SELECT count(*) FROM engagement_consultation").query(Integer.class).single();
        assertThatThrownBy(() -> consultations.log(new ConsultationEntry("PHONE", "无此类别", "", " ", "0", "2025-13-01"),
                officer)).isInstanceOfSatisfying(InvalidFieldsException.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("channel", "category", "question", "answer", "minutes", "askedOn"));
        assertThatThrownBy(() -> consultations.hotTopics(officer, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(InvalidFieldsException.class).hasMessageContaining("结束日期不能早于开始日期");
        assertThatThrownBy(() -> consultations.log(ConsultationEntry.blank("2025-03-01"), Staff.of("SUPERVISOR", TOWN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM engagement_consultation").query(Integer.class).single())
                .isEqualTo(before);
    }

    private void log(String category, String question, String on) {
        consultations.log(new ConsultationEntry("HOTLINE", category, question, "已按政策答复。", "5", on), officer);
    }
}
