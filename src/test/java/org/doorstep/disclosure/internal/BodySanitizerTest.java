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

    // ---- issue 13 item 4: plain text keeps its paragraphs; the editor's markup passes, hostile markup does not

    @Test
    void plainTextBecomesParagraphsAndLineBreaksEscaped() {
        String typed = "　　为做好春耕工作，现通知如下：\r\n\r\n一、时间安排\r\n3月1日至3月31日\n\n\n"
                + "二、联系人 张三 & 李四 <0791-1234567>\n \n";
        assertThat(BodySanitizer.sanitise(typed)).isEqualTo("<p>　　为做好春耕工作，现通知如下：</p>"
                + "<p>一、时间安排<br>3月1日至3月31日</p>"
                + "<p>二、联系人 张三 &amp; 李四 &lt;0791-1234567&gt;</p>");
    }

    @Test
    void typedEntitiesAndScriptLookingTextAreShownAsTyped() {
        assertThat(BodySanitizer.sanitise("AT&amp;T 1 < 2")).isEqualTo("<p>AT&amp;amp;T 1 &lt; 2</p>");
        // A tag makes it markup: the script goes, the text stays.
        assertThat(BodySanitizer.sanitise("第一行\n<script>alert(1)</script>")).startsWith("第一行")
                .doesNotContain("<script", "alert");
    }

    @Test
    void theEditorsMarkupIsKept() {
        String html = "<h2>一、总体要求</h2><p>正文<b>加粗</b><strong>重点</strong><br>换行</p>"
                + "<ul><li>甲</li></ul><ol><li>乙</li></ol>"
                + "<table><thead><tr><th scope=\"col\">项目</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
                + "<p><a href=\"https://www.gov.cn/zhengce/\">国务院政策</a> <a href=\"/disclosure/documents/1\">本站</a></p>";
        assertThat(BodySanitizer.sanitise(html)).isEqualTo(html);
    }

    @Test
    void hostileMarkupIsRemoved() {
        String clean = BodySanitizer.sanitise("<p onclick=\"steal()\" style=\"position:fixed\" class=\"x\">段落</p>"
                + "<script>alert(1)</script><style>body{display:none}</style>"
                + "<a href=\"javascript:alert(1)\">链接</a><a href=\"JaVaScRiPt&colon;alert(2)\">链接2</a>"
                + "<a href=\"data:text/html,<script>x</script>\">链接3</a>"
                + "<img src=\"/files/ok.png\" onerror=\"steal()\"><img src=\"https://tracker.example/a.png\">"
                + "<iframe src=\"https://evil.example\"></iframe><svg onload=\"steal()\"></svg>"
                + "<table><tr><td style=\"color:red\" onmouseover=\"x()\">1</td></tr></table>");
        assertThat(clean).isEqualTo("<p>段落</p><a>链接</a><a>链接2</a><a>链接3</a><img src=\"/files/ok.png\">"
                + "<table><tbody><tr><td>1</td></tr></tbody></table>");
        assertThat(clean).doesNotContainIgnoringCase("javascript").doesNotContain("onclick", "onerror", "onload",
                "onmouseover", "style", "script", "iframe", "data:");
    }

    @Test
    void anExistingHtmlBodyComesOutUnchanged() {
        String demo = "<p>　　各乡镇人民政府，县直各单位：</p><p>现将有关事项通知如下。</p>"
                + "<h3>一、工作目标</h3><ol><li>到2026年底……</li></ol>";
        assertThat(BodySanitizer.sanitise(demo)).isEqualTo(demo);
        assertThat(BodySanitizer.sanitise(BodySanitizer.sanitise(demo))).isEqualTo(demo);
    }
}
