package org.doorstep.organization.internal;

import java.util.List;

/**
 * One field of a record kind, shared by the console form and the workbook sheet.
 *
 * @param key the form field name
 * @param header the Chinese label and sheet column header
 * @param choices for {@link Input#CHOICE}: the allowed labels
 * @param personal the value is personal data: a form never shows it, and leaving it blank keeps the stored value
 */
public record Column(String key, String header, Input input, boolean required, String hint, List<String> choices,
        boolean personal) {

    public enum Input {
        TEXT, NUMBER, TEL, CHOICE
    }

    static Column text(String key, String header, String hint) {
        return new Column(key, header, Input.TEXT, true, hint, List.of(), false);
    }

    static Column optional(String key, String header, String hint) {
        return new Column(key, header, Input.TEXT, false, hint, List.of(), false);
    }

    static Column number(String key, String header, String hint) {
        return new Column(key, header, Input.NUMBER, true, hint, List.of(), false);
    }

    static Column tel(String key, String header, String hint, boolean personal) {
        return new Column(key, header, Input.TEL, true, hint, List.of(), personal);
    }

    static Column choice(String key, String header, List<String> choices) {
        return new Column(key, header, Input.CHOICE, true, "可选：" + String.join("、", choices), choices, false);
    }
}
