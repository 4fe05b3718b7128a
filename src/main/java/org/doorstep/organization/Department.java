package org.doorstep.organization;

/**
 * A department (县直部门 such as 县市场监督管理局, or a township office) of a county or township.
 *
 * @param code the unit code {@code <division code>-<short code>}, e.g. {@code 361199000000-SCJG}
 * @param shortCode 2–12 capital letters or digits, starting with a letter, unique within the division
 * @param organCode the 9-character organ code (机关代码) that begins the 索引号 of the information it publishes
 */
public record Department(String code, String divisionCode, String shortCode, String name, String organCode) {

    public static String codeOf(String divisionCode, String shortCode) {
        return divisionCode + "-" + shortCode;
    }
}
