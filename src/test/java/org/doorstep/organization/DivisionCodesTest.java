package org.doorstep.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodesTest {

    @Test
    void theLevelFollowsFromTheCode() {
        assertThat(DivisionCodes.levelOf("361199000000")).contains(DivisionLevel.COUNTY);
        assertThat(DivisionCodes.levelOf("361199101000")).contains(DivisionLevel.TOWNSHIP);
        assertThat(DivisionCodes.levelOf("361199101201")).contains(DivisionLevel.VILLAGE);
    }

    @Test
    void theParentSharesTheFirstSixOrNineDigits() {
        assertThat(DivisionCodes.parentOf("361199000000")).isEmpty();
        assertThat(DivisionCodes.parentOf("361199101000")).contains("361199000000");
        assertThat(DivisionCodes.parentOf("361199101201")).contains("361199101000");
        assertThat(DivisionCodes.significantPrefix("361199000000")).isEqualTo("361199");
        assertThat(DivisionCodes.significantPrefix("361199101000")).isEqualTo("361199101");
        assertThat(DivisionCodes.significantPrefix("361199101201")).isEqualTo("361199101201");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"36119910120", "3611991012011", "36119910120A", "３６１１９９１０１２０１", " 361199101201",
            "361199-01201"})
    void onlyTwelveAsciiDigitsAreWellFormed(String code) {
        assertThat(DivisionCodes.isWellFormed(code)).isFalse();
        assertThat(DivisionCodes.levelOf(code)).isEmpty();
        assertThat(DivisionCodes.problem(code)).contains("区划代码应为 12 位数字");
    }

    @ParameterizedTest
    @ValueSource(strings = {"361199000001", "001199000000", "361100000000", "361100101201"})
    void aVillageNeedsATownshipAndACountyNeedsProvinceAndCountyDigits(String code) {
        assertThat(DivisionCodes.isWellFormed(code)).isTrue();
        assertThat(DivisionCodes.levelOf(code)).isEmpty();
        assertThat(DivisionCodes.problem(code)).isPresent();
    }

    @Test
    void phonesAreMaskedKeepingThreeAndFourDigitsAndMaskingTwiceChangesNothing() {
        assertThat(GridWorker.mask("13812345678")).isEqualTo("138****5678");
        assertThat(GridWorker.mask(GridWorker.mask("13812345678"))).isEqualTo("138****5678");
        assertThat(GridWorker.mask("12345")).isEqualTo("***45");
        GridWorker worker = new GridWorker("361199001001001-01", "361199001001001", 1, "网格员", "13812345678");
        assertThat(worker.toString()).contains("138****5678").doesNotContain("13812345678");
        assertThat(new GridWorkerSaved(worker.code(), null, worker).after()).isEqualTo(worker.masked());
        assertThat(((GridWorker) new GridWorkerSaved(worker.code(), worker, worker).before()).phone())
                .isEqualTo("138****5678");
    }
}
