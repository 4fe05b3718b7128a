package org.doorstep.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.Outcome;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.RemedyResult;
import org.doorstep.requests.YearFigures;
import org.junit.jupiter.api.Test;

/**
 * The written sections against the tables (issue 12 item 11): a sentence stating 新收, 上年结转, 办结, a result group,
 * 结转下年度, a table-四 total or whether 信息处理费 were collected must say what the tables say. Fixture: 9 received
 * (3 自然人, 6 商业企业), 1 carried in, 8 concluded (予以公开 5, 不予公开 2, 不予处理 1), 2 carried out, 1 行政复议.
 */
class NarrativeCheckTest {

    static final String AGREEING = "本年度新收政府信息公开申请 9 件，上年结转 1 件；办结 8 件，其中予以公开 5 件、不予公开 2 件、"
            + "不予处理 1 件；结转下年度继续办理 2 件。";

    @Test
    void sentencesThatStateTheTablesFiguresPass() {
        assertThat(NarrativeCheck.differences(text(NarrativeSection.ON_REQUEST, AGREEING), figures(0))).isEmpty();
        assertThat(NarrativeCheck.differences(text(NarrativeSection.OTHER, "本年度未收取政府信息公开信息处理费。"), figures(0)))
                .isEmpty();
        assertThat(NarrativeCheck.differences(text(NarrativeSection.OTHER,
                "本年度依据《政府信息公开信息处理费管理办法》收取信息处理费 300 元。"), figures(300))).isEmpty();
        assertThat(NarrativeCheck.differences(text(NarrativeSection.SUPERVISION, "本年度发生行政复议 1 件，行政诉讼 0 件。"),
                figures(0))).isEmpty();
    }

    /** A comparison with last year states last year's figure: neither a difference nor rewritten. */
    @Test
    void lastYearsFigureInAComparisonIsLeftAlone() {
        String compared = "本年度新收政府信息公开申请 9 件，上年新收申请 15 件，同比办结 20 件。";
        assertThat(NarrativeCheck.differences(text(NarrativeSection.ON_REQUEST, compared), figures(0))).isEmpty();
        assertThat(NarrativeCheck.rewrite(text(NarrativeSection.ON_REQUEST, compared), figures(0))
                .get(NarrativeSection.ON_REQUEST)).isEqualTo(compared);
    }

    @Test
    void aConcludedCountOtherThanTableThreesTotalIsNamedWithItsCell() {
        List<NarrativeCheck.Difference> d = NarrativeCheck.differences(
                text(NarrativeSection.ON_REQUEST, AGREEING.replace("办结 8 件", "办结 7 件")), figures(0));
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.section()).isEqualTo(NarrativeSection.ON_REQUEST);
            assertThat(x.stated()).isEqualTo("办结 7 件");
            assertThat(x.message()).isEqualTo("“（二）依申请公开”写“办结 7 件”，而表三“（七）总计”的总计为 8 件");
        });
    }

    @Test
    void everyStatedFigureIsChecked() {
        String wrong = "全年共收到政府信息公开申请 1,234 件，上年结转申请 3 件，已办结 8 件，其中予以公开 4 件、不予公开 2 件；"
                + "结转下一年度 0 件。本年度制发行政规范性文件 2 件，废止 0 件，现行有效 1 件；作出行政许可决定 3 件。"
                + "被申请行政复议 2 件，行政诉讼 0 件。";
        Figures f = new Figures(0, 0, 0, 1, 0, 1, 3, requests(), 0);
        assertThat(NarrativeCheck.differences(text(NarrativeSection.ON_REQUEST, wrong), f))
                .extracting(NarrativeCheck.Difference::stated).containsExactly("收到政府信息公开申请 1,234 件", "上年结转申请 3 件",
                        "结转下一年度 0 件", "予以公开 4 件", "制发行政规范性文件 2 件", "行政复议 2 件");
    }

    @Test
    void sayingNoFeesWereCollectedWhenTheyWereIsADifferenceAndTheOtherWayRound() {
        assertThat(NarrativeCheck.differences(text(NarrativeSection.OTHER, "本年度未收取政府信息公开信息处理费。"), figures(300)))
                .extracting(NarrativeCheck.Difference::message)
                .containsExactly("“六、其他需要报告的事项”写“未收取政府信息公开信息处理费”，而平台记录本年度收取信息处理费 300 元");
        assertThat(NarrativeCheck.differences(text(NarrativeSection.OTHER, "本年度收取信息处理费 200 元。"), figures(0)))
                .extracting(NarrativeCheck.Difference::message)
                .containsExactly("“六、其他需要报告的事项”写“收取信息处理费 200 元”，而平台记录的本年度信息处理费收入为 0 元");
    }

    @Test
    void theRewriteTakesTheTablesFiguresAndKeepsTheOfficersWords() {
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        narrative.put(NarrativeSection.OVERVIEW, "坚持以公开为常态、不公开为例外。");
        narrative.put(NarrativeSection.ON_REQUEST, "全年共收到政府信息公开申请 12 件，比上年增长20%；办结 7 件。\n按时答复率100%。");
        narrative.put(NarrativeSection.OTHER, "本年度未收取政府信息公开信息处理费。下一步将加强培训。");
        Map<NarrativeSection, String> fixed = NarrativeCheck.rewrite(narrative, figures(300));
        assertThat(fixed.get(NarrativeSection.OVERVIEW)).isEqualTo("坚持以公开为常态、不公开为例外。");
        assertThat(fixed.get(NarrativeSection.ON_REQUEST))
                .isEqualTo("全年共收到政府信息公开申请 9 件，比上年增长20%；办结 8 件。\n按时答复率100%。");
        assertThat(fixed.get(NarrativeSection.OTHER))
                .isEqualTo("本年度依据《政府信息公开信息处理费管理办法》收取信息处理费 300 元。下一步将加强培训。");
        assertThat(NarrativeCheck.differences(fixed, figures(300))).isEmpty();

        Map<NarrativeSection, String> charged = NarrativeCheck.rewrite(
                text(NarrativeSection.OTHER, "本年度收取信息处理费 200 元。"), figures(0));
        assertThat(charged.get(NarrativeSection.OTHER)).isEqualTo("本年度未收取政府信息公开信息处理费。");
    }

    // ---- fixture

    static Map<NarrativeSection, String> text(NarrativeSection s, String t) {
        Map<NarrativeSection, String> m = new EnumMap<>(NarrativeSection.class);
        m.put(s, t);
        return m;
    }

    static Figures figures(long feesYuan) {
        return new Figures(0, 0, 0, 0, 0, 0, 0, requests(), feesYuan);
    }

    static YearFigures requests() {
        Map<ApplicantType, Integer> received = Map.of(ApplicantType.NATURAL_PERSON, 3, ApplicantType.COMMERCIAL, 6);
        Map<Outcome, Map<ApplicantType, Integer>> concluded = Map.of(
                Outcome.DISCLOSED, Map.of(ApplicantType.NATURAL_PERSON, 2, ApplicantType.COMMERCIAL, 3),
                Outcome.WITHHELD_STATE_SECRET, Map.of(ApplicantType.COMMERCIAL, 2),
                Outcome.NOT_HANDLED_PETITION, Map.of(ApplicantType.NATURAL_PERSON, 1));
        return new YearFigures("361199000000", 2025, received, Map.of(ApplicantType.NATURAL_PERSON, 1), concluded,
                Map.of(ApplicantType.COMMERCIAL, 1, ApplicantType.NATURAL_PERSON, 1),
                Map.of(RemedyKind.RECONSIDERATION, Map.of(RemedyResult.UPHELD, 1)));
    }
}
