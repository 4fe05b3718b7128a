package org.doorstep.engagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Keywords of a question: smartcn words that carry meaning, without question words, numbers or repeats. */
class KeywordsTest {

    final Keywords keywords = new Keywords();

    @Test
    void aQuestionKeepsItsMeaningfulWordsInOrder() {
        assertThat(keywords.of("医保缴费截止时间是哪天")).containsExactly("医保", "缴费", "截止", "时间");
        assertThat(keywords.of("低保申请的条件和流程是什么")).containsExactly("低保", "申请", "条件", "流程");
        assertThat(keywords.of("住房公积金提取租房需要什么条件")).contains("公积金", "提取", "租房", "条件")
                .doesNotContain("需要", "什么");
    }

    @Test
    void wordsTheDictionaryLacksAreJoinedFromTheirCharactersButNotAcrossFunctionWords() {
        // smartcn splits 医保 into 医 and 保; the run is joined back, while 还 and 能 are function characters.
        assertThat(keywords.of("错过医保缴费还能补缴吗")).containsExactly("错过", "医保", "缴费", "补缴");
    }

    @Test
    void questionWordsNumbersAndPunctuationAreDropped() {
        assertThat(keywords.of("请问，2025年怎么办？ABC")).isEmpty();
        assertThat(keywords.of("医保 医保 医保")).containsExactly("医保");
        assertThat(keywords.of(null)).isEmpty();
        assertThat(keywords.of("   ")).isEmpty();
    }
}
