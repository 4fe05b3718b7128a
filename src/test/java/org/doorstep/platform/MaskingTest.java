package org.doorstep.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingTest {

    @Test
    void idNumberKeepsAreaCodeAndLastFour() {
        assertThat(Masking.maskIdNumber("110105199001011234")).isEqualTo("110105********1234");
        assertThat(Masking.maskIdNumber("11010519900101123X")).isEqualTo("110105********123X");
        assertThat(Masking.maskIdNumber(" 110105199001011234\n")).isEqualTo("110105********1234");
    }

    @Test
    void fifteenDigitIdNumberHidesItsBirthDate() {
        // Old first-generation numbers: 6 area digits, YYMMDD, 3 sequence digits; the birth date is masked.
        assertThat(Masking.maskIdNumber("110105900101123")).isEqualTo("110105******123");
    }

    @Test
    void phoneKeepsFirstThreeAndLastFour() {
        assertThat(Masking.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.maskPhone("138-1234-5678")).isEqualTo("138-****-5678");
        assertThat(Masking.maskPhone("+86 13812345678")).isEqualTo("+86 138****5678");
        assertThat(Masking.maskPhone("12345678901")).isEqualTo("123****8901");
    }

    @Test
    void landlineKeepsAreaCodeAndLastFour() {
        assertThat(Masking.maskPhone("0551-65123456")).isEqualTo("0551-****3456");
        assertThat(Masking.maskPhone("010 6512 3456")).isEqualTo("010 **** 3456");
        assertThat(Masking.maskAll("点题人电话 0791-88001001，另有 020-1234567。"))
                .isEqualTo("点题人电话 0791-****1001，另有 020-***4567。");
    }

    @ParameterizedTest
    @NullSource
    void nullStaysNull(String value) {
        assertThat(Masking.maskIdNumber(value)).isNull();
        assertThat(Masking.maskPhone(value)).isNull();
        assertThat(Masking.maskAll(value)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|''|''",
            "1|*|*",
            "12345|*****|*****",
            "1234567|*******|*******",
            "1234567890|**********|123***7890",
            "12345678901|123456*8901|123****8901"})
    void shortValuesNeverLeakAFragment(String value, String maskedId, String maskedPhone) {
        assertThat(Masking.maskIdNumber(value)).isEqualTo(maskedId);
        assertThat(Masking.maskPhone(value)).isEqualTo(maskedPhone);
    }

    @Test
    void maskAllFindsIdNumbersAndPhonesInFreeText() {
        String text = "申请人身份证号110105199001011234，联系电话13812345678；代理人证件11010519851231002x，"
                + "手机 +86 139-8765-4321，旧证号110105900101123。";
        assertThat(Masking.maskAll(text)).isEqualTo("申请人身份证号110105********1234，联系电话138****5678；"
                + "代理人证件110105********002x，手机 +86 139-****-4321，旧证号110105******123。");
    }

    @Test
    void maskAllWorksInsideJson() {
        assertThat(Masking.maskAll("{\"idNumber\":\"110105199001011234\",\"phone\":\"15912345678\",\"n\":3}"))
                .isEqualTo("{\"idNumber\":\"110105********1234\",\"phone\":\"159****5678\",\"n\":3}");
    }

    @Test
    void maskAllFindsNumbersGluedToLetters() {
        assertThat(Masking.maskAll("tel13812345678;ID110105199001011234"))
                .isEqualTo("tel138****5678;ID110105********1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "索引号 011199529/2024-28656，文号 保政管办发〔2024〕12号",
            "单位代码 341181100001，日期 2026-10-01，金额 12345678.90",
            "点题编号 DT-2026-0004，办件 QX-2026-000123，时间 09:30-17:00",
            "12345678901",                                  // 11 digits but not a mobile number (12x)
            "1381234567890",                                // 13 digits: part of a longer number
            "订单 123456789012345678",                       // 18 digits without a birth date
            "a3f1c2e9b7d4",
            "普通文字，没有数字"})
    void maskAllLeavesOtherNumbersAlone(String text) {
        assertThat(Masking.maskAll(text)).isEqualTo(text);
    }

    @Test
    void maskAllIsIdempotent() {
        String once = Masking.maskAll("110105199001011234 13812345678");
        assertThat(Masking.maskAll(once)).isEqualTo(once).isEqualTo("110105********1234 138****5678");
    }
}
