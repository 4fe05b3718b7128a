package org.doorstep.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", " 110105 19491231002X "})
    void acceptsResidentIdsWithTheRightCheckCharacter(String id) {
        assertThat(IdentityNumbers.isValidResidentId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // wrong check character
            "11010519491331002X", // month 13
            "11010519490230002X", // 30 February (check char recomputed below would not matter: the date is checked)
            "11010518491231002X", // born before 1900
            "01010519491231002X", // region cannot start with 0
            "1101051949123100", "", "abcdefghijklmnopqr", "110105194912310023X"})
    void rejectsMalformedResidentIds(String id) {
        assertThat(IdentityNumbers.isValidResidentId(id)).isFalse();
    }

    @Test
    void everySingleDigitChangeIsCaughtByTheCheckCharacter() {
        String valid = "11010519491231002X";
        for (int i = 14; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                assertThat(IdentityNumbers.isValidResidentId(changed)).as(changed).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91350100m000100y43"})
    void acceptsCreditCodesWithTheRightCheckCharacter(String code) {
        assertThat(IdentityNumbers.isValidCreditCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "9135010OM000100Y43", "91350100I000100Y43", ""})
    void rejectsWrongCreditCodes(String code) {
        assertThat(IdentityNumbers.isValidCreditCode(code)).isFalse();
    }

    @Test
    void mobileNumbers() {
        assertThat(IdentityNumbers.isValidMobile("13800138000")).isTrue();
        assertThat(IdentityNumbers.isValidMobile("12800138000")).isFalse();
        assertThat(IdentityNumbers.isValidMobile("1380013800")).isFalse();
        assertThat(IdentityNumbers.isValidMobile("+8613800138000")).isFalse();
    }

    @Test
    void passwordPolicy() {
        assertThat(PasswordPolicy.problem("short1", "x")).isPresent();
        assertThat(PasswordPolicy.problem("onlyletterslong", "x")).get().asString().contains("字母和数字");
        assertThat(PasswordPolicy.problem("1234567890", "x")).isPresent();
        assertThat(PasswordPolicy.problem("admin2026xyz", "admin")).get().asString().contains("账号");
        assertThat(PasswordPolicy.problem("Qingxi2026pass", "admin")).isEmpty();
    }
}
