package org.doorstep.organization;

/**
 * A counter in a venue.
 *
 * @param code {@code <venue code>-<number>}, e.g. {@code 361199000000-ZWFWZX-3}
 * @param number the counter number shown to citizens as "3号窗口"
 * @param departmentCode for a 专窗, the department it serves (optional); always null for a 综合窗口
 */
public record Window(String code, String venueCode, int number, String name, WindowKind kind, String departmentCode) {

    public static String codeOf(String venueCode, int number) {
        return venueCode + "-" + number;
    }

    /** "3号窗口". */
    public String numberLabel() {
        return number + "号窗口";
    }
}
