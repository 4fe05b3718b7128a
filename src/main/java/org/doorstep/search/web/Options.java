package org.doorstep.search.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The choices of the search form's lists and radio buttons as HTML, the visitor's choice marked, every value and
 * label escaped: written in Java because the page is asked for as often as the search API, and a template loop
 * evaluates several expressions per choice.
 */
final class Options {

    /** One choice: the value sent and the label shown. */
    record Choice(String value, String label) {
    }

    private Options() {
    }

    /** {@code <option>} elements, the one whose value equals {@code chosen} (as the visitor sent it) selected. */
    static String options(List<Choice> choices, String chosen) {
        StringBuilder html = new StringBuilder(choices.size() * 64);
        for (Choice c : choices) {
            escape(html.append("<option value=\""), c.value()).append('"');
            if (c.value().equals(chosen)) {
                html.append(" selected=\"selected\"");
            }
            escape(html.append('>'), c.label()).append("</option>\n");
        }
        return html.toString();
    }

    /** Radio buttons named {@code name}, each in its label, the one whose value equals {@code chosen} checked. */
    static String radios(String name, List<Choice> choices, String chosen) {
        StringBuilder html = new StringBuilder(choices.size() * 96);
        for (Choice c : choices) {
            escape(escape(html.append("<label><input type=\"radio\" name=\""), name).append("\" value=\""), c.value())
                    .append('"');
            if (c.value().equals(chosen)) {
                html.append(" checked=\"checked\"");
            }
            escape(html.append("> <span>"), c.label()).append("</span></label>\n");
        }
        return html.toString();
    }

    /** The five characters markup gives a meaning to, as Thymeleaf's th:text and th:value escape them. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** Appends {@code text} escaped; most text has nothing to escape and is appended as it is, without a copy. */
    static StringBuilder escape(StringBuilder html, String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '<', '>', '&', '"', '\'' -> {
                    return html.append(escape(text));
                }
                default -> {
                }
            }
        }
        return html.append(text);
    }
}
