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
            html.append("<option value=\"").append(escape(c.value())).append('"');
            if (c.value().equals(chosen)) {
                html.append(" selected=\"selected\"");
            }
            html.append('>').append(escape(c.label())).append("</option>\n");
        }
        return html.toString();
    }

    /** Radio buttons named {@code name}, each in its label, the one whose value equals {@code chosen} checked. */
    static String radios(String name, List<Choice> choices, String chosen) {
        StringBuilder html = new StringBuilder(choices.size() * 96);
        for (Choice c : choices) {
            html.append("<label><input type=\"radio\" name=\"").append(escape(name)).append("\" value=\"")
                    .append(escape(c.value())).append('"');
            if (c.value().equals(chosen)) {
                html.append(" checked=\"checked\"");
            }
            html.append("> <span>").append(escape(c.label())).append("</span></label>\n");
        }
        return html.toString();
    }

    /** The five characters markup gives a meaning to, as Thymeleaf's th:text and th:value escape them. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
