package org.doorstep.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Document bodies keep the table markup a screen reader needs to read a figure with its headers (the annual report's
 * 表四 names each figure's 行政诉讼 / 复议后起诉 / 结果维持 by {@code headers}), and nothing that could clash with the
 * page around them.
 */
class BodySanitizerTest {

    @Test
    void tableHeaderIdsAndHeadersReferencesSurvive() {
        String html = "<table><thead><tr><th id=\"tbl-5-h0-0\" scope=\"colgroup\" colspan=\"5\">行政复议</th></tr>"
                + "<tr><th id=\"tbl-5-h1-0\" scope=\"col\" rowspan=\"2\">结果维持</th></tr></thead>"
                + "<tbody><tr><td headers=\"tbl-5-h0-0 tbl-5-h1-0\">2</td></tr></tbody></table>";
        assertThat(BodySanitizer.sanitise(html)).contains("<th id=\"tbl-5-h0-0\" scope=\"colgroup\" colspan=\"5\">",
                "<th id=\"tbl-5-h1-0\" scope=\"col\" rowspan=\"2\">", "<td headers=\"tbl-5-h0-0 tbl-5-h1-0\">2</td>");
    }

    @Test
    void otherIdsAndReferencesAreDropped() {
        String html = "<p id=\"main\">正文</p><table><tr><th id=\"main\">标题</th><th id=\"tbl-1\">列</th></tr>"
                + "<tr><td headers=\"main tbl-1 x\" id=\"tbl-2\">1</td><td headers=\"main\">2</td></tr></table>";
        String clean = BodySanitizer.sanitise(html);
        assertThat(clean).contains("<p>正文</p>", "<th>标题</th>", "<th id=\"tbl-1\">列</th>", "<td headers=\"tbl-1\">1</td>",
                "<td>2</td>").doesNotContain("main", "tbl-2");
    }
}
