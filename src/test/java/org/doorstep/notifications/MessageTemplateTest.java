package org.doorstep.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every message is platform wording: it fills only numbers, catalogue names, dates and the link, and reads well. */
class MessageTemplateTest {

    static final Map<String, String> VALUES = Map.of("number", "QX20261209000001", "item", "公章刻制备案",
            "due", "2026-12-10", "link", "https://zwfw.example.gov.cn/my/cases/QX20261209000001");

    @ParameterizedTest
    @EnumSource(MessageTemplate.class)
    void fillsOnlyPlatformValuesAndNamesTheMatterAndItsPage(MessageTemplate t) {
        assertThat(Set.of("number", "item", "due", "link")).containsAll(t.placeholders());
        assertThat(t.placeholders()).contains("number", "link");
        String text = t.render(VALUES);
        assertThat(text).contains("QX20261209000001", "https://zwfw.example.gov.cn/").doesNotContain("{", "}");
        // issue 13 item 14: no word twice in a row ("申请申请已登记")
        assertThat(t.subject()).doesNotContainPattern("(..)\\1");
        // an SMS must stay short enough for a few segments of a gateway's template
        assertThat(text.length()).isLessThan(160);
    }

    @ParameterizedTest
    @EnumSource(value = MessageTemplate.class, names = {"CASE_ACCEPTED", "REQUEST_REGISTERED", "TOPIC_ACCEPTED"})
    void aMissingValueIsAProgrammingErrorNotABlank(MessageTemplate t) {
        assertThatThrownBy(() -> t.render(Map.of("number", "1", "item", "x", "link", "/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{due}");
    }
}
