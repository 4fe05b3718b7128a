package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.doorstep.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void acceptsTheStandardFormAndNormalisesLookAlikeBrackets() {
        assertThat(DocumentNumbers.normalise("青政办发〔2026〕12号", 2026)).isEqualTo("青政办发〔2026〕12号");
        assertThat(DocumentNumbers.normalise(" 梅府发[2025]3号 ", 2026)).isEqualTo("梅府发〔2025〕3号");
        assertThat(DocumentNumbers.normalise("青政办发【2026】7号", 2026)).isEqualTo("青政办发〔2026〕7号");
        assertThat(DocumentNumbers.normalise("", 2026)).isNull();
        assertThat(DocumentNumbers.normalise(null, 2026)).isNull();
    }

    @Test
    void rejectsMalformedNumbers() {
        for (String bad : new String[] {"青政办发2026-12号", "青政办发〔26〕12号", "〔2026〕12号", "青政办发〔2026〕12",
                "青政办发〔2026〕0号", "青政办发〔2999〕1号", "青政办发〔1900〕1号", "<script>〔2026〕1号"}) {
            assertThatThrownBy(() -> DocumentNumbers.normalise(bad, 2026)).as(bad)
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
