package org.doorstep.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** How queries become words and grams, and how snippets mark them. */
class ChineseAnalysisTest {

    final ChineseAnalysis analysis = new ChineseAnalysis();

    @Test
    void shortWordsStayWholeAndSpacesOrPunctuationSeparateWords() {
        assertThat(analysis.words("医保")).containsExactly("医保");
        assertThat(analysis.words("  医保，报销 ")).containsExactly("医保", "报销");
        assertThat(analysis.words("ABC 2026年")).containsExactly("abc", "2026年");
        assertThat(analysis.words("！？ 。")).isEmpty();
    }

    @Test
    void aRunOfChineseWithoutSpacesIsSegmentedAndUnknownShortWordsStayWhole() {
        // 医保 is not in smartcn's dictionary: its characters come back single and are joined again
        assertThat(analysis.words("医保报销")).containsExactly("医保", "报销");
        assertThat(analysis.words("营业执照办理")).containsExactly("营业执照", "办理");
        assertThat(analysis.words("乡村振兴资金")).containsExactly("乡村", "振兴", "资金");
        assertThat(analysis.words("乡村振兴 资金")).containsExactly("乡村", "振兴", "资金");
        // two characters are never split, whatever the segmenter thinks
        assertThat(analysis.words("医保")).containsExactly("医保");
        assertThat(analysis.runs("医保报销，营业执照")).containsExactly("医保报销", "营业执照");
    }

    @Test
    void aTwoCharacterWordIsOneBigramAndALongerOneAPhraseOfBigrams() {
        assertThat(analysis.gramsQuery(Fields.TEXT_GRAMS, "医保")).isInstanceOf(TermQuery.class)
                .hasToString("text_g:医保");
        assertThat(analysis.gramsQuery(Fields.TEXT_GRAMS, "医")).hasToString("text_g:医");
        assertThat(analysis.gramsQuery(Fields.TEXT_GRAMS, "医保卡")).isInstanceOf(PhraseQuery.class)
                .hasToString("text_g:\"医保 保卡\"");
    }

    @Test
    void snippetsEscapeTheTextAndMarkOnlyTheWords() {
        String text = "<b>通知</b>：城乡居民医保缴费标准调整，医疗与保障分开。";
        assertThat(Snippets.mark(text, List.of("医保")))
                .isEqualTo("&lt;b&gt;通知&lt;/b&gt;：城乡居民<em>医保</em>缴费标准调整，医疗与保障分开。");
        String longText = "前言".repeat(100) + "这里有医保和报销" + "后记".repeat(100);
        String excerpt = Snippets.excerpt(longText, List.of("医保", "报销"));
        assertThat(excerpt).startsWith("…").endsWith("…").contains("<em>医保</em>和<em>报销</em>");
        assertThat(excerpt.replaceAll("<[^>]+>", "").length()).isLessThanOrEqualTo(Snippets.LENGTH + 2);
    }
}
