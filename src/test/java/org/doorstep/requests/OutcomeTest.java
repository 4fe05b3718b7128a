package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The outcomes are the rows of table 三 of the 2021 template, no more and no fewer. */
class OutcomeTest {

    @Test
    void everyCategoryHasTheTemplateRows() {
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.category() == OutcomeCategory.WITHHELD)).hasSize(8);
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.category() == OutcomeCategory.UNAVAILABLE)).hasSize(3);
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.category() == OutcomeCategory.NOT_HANDLED)).hasSize(5);
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o.category() == OutcomeCategory.OTHER)).hasSize(3);
        assertThat(Outcome.WITHHELD_STATE_SECRET.label()).isEqualTo("不予公开（属于国家秘密）");
        assertThat(Outcome.PARTLY_DISCLOSED.label()).isEqualTo("部分公开");
        assertThat(Outcome.NOT_HANDLED_CONFIRMATION.subReason()).isEqualTo("5.要求行政机关确认或重新出具已获取信息");
    }
}
