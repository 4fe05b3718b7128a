package org.doorstep.reporting.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.NarrativeSection;
import org.doorstep.reporting.ReportTable;

/**
 * The report as HTML: the written sections and the tables in template order. The same markup is the published
 * document's body and the print view, so what the reviewer approves is what the reader sees. It uses only tags and
 * attributes the disclosure module's body sanitiser keeps (no classes), and escapes every text.
 */
public final class ReportBody {

    public static final String HAND_ENTERED = "（手工填报）";
    public static final String NOT_ENTERED = "待填报";
    public static final String HAND_NOTE = "注：标“" + HAND_ENTERED + "”的数据由本机关政府信息公开工作机构根据业务部门统计手工填报；"
            + "其余数据由平台根据政府信息、办件和依申请公开办理记录自动生成。";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ReportBody() {
    }

    public static String html(AnnualReport r) {
        StringBuilder b = new StringBuilder();
        b.append("<h2>").append(esc(NarrativeSection.OVERVIEW.heading())).append("</h2>");
        paragraphs(b, r.text(NarrativeSection.OVERVIEW));
        for (NarrativeSection s : NarrativeSection.values()) {
            if (s.part()) {
                b.append("<h3>").append(esc(s.heading())).append("</h3>");
                paragraphs(b, r.text(s));
            }
        }
        String section = null;
        boolean hand = false;
        for (ReportTable t : r.tables()) {
            if (!t.section().equals(section)) {
                if (hand) {
                    b.append("<p><small>").append(esc(HAND_NOTE)).append("</small></p>");
                    hand = false;
                }
                section = t.section();
                b.append("<h2>").append(esc(section)).append("</h2>");
            }
            table(b, t);
            hand |= t.rows().stream().anyMatch(ReportTable.Row::handEntered);
        }
        if (hand) {
            b.append("<p><small>").append(esc(HAND_NOTE)).append("</small></p>");
        }
        b.append("<p><small>").append(esc("表中平台生成的数据取自 " + STAMP.format(r.generatedAt()) + " 的业务数据。"))
                .append("</small></p>");
        b.append("<h2>").append(esc(NarrativeSection.PROBLEMS.heading())).append("</h2>");
        paragraphs(b, r.text(NarrativeSection.PROBLEMS));
        b.append("<h2>").append(esc(NarrativeSection.OTHER.heading())).append("</h2>");
        paragraphs(b, r.text(NarrativeSection.OTHER));
        return b.toString();
    }

    /** One table; group rows and group columns span their members as in the template. */
    static void table(StringBuilder b, ReportTable t) {
        int depth = t.rows().stream().mapToInt(row -> row.path().size()).max().orElse(0) + 1;
        boolean grouped = t.columns().stream().anyMatch(c -> c.group() != null);
        int headerRows = (grouped ? 2 : 1) + (t.heading() == null ? 0 : 1);
        b.append("<table>");
        if (t.caption() != null) {
            b.append("<caption>").append(esc(t.caption())).append("</caption>");
        }
        b.append("<thead><tr><th scope=\"col\" colspan=\"").append(depth).append("\" rowspan=\"").append(headerRows)
                .append("\">").append(esc(t.corner())).append("</th>");
        if (t.heading() != null) {
            b.append("<th scope=\"colgroup\" colspan=\"").append(t.columns().size()).append("\">")
                    .append(esc(t.heading())).append("</th></tr><tr>");
        }
        List<String> second = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            ReportTable.Column c = t.columns().get(i);
            if (c.group() == null) {
                b.append("<th scope=\"col\"").append(grouped ? " rowspan=\"2\"" : "").append(">").append(esc(c.label()))
                        .append("</th>");
            } else {
                int span = 0;
                while (i + span < t.columns().size() && c.group().equals(t.columns().get(i + span).group())) {
                    second.add(t.columns().get(i + span).label());
                    span++;
                }
                b.append("<th scope=\"colgroup\" colspan=\"").append(span).append("\">").append(esc(c.group()))
                        .append("</th>");
                i += span - 1;
            }
        }
        b.append("</tr>");
        if (grouped) {
            b.append("<tr>");
            second.forEach(l -> b.append("<th scope=\"col\">").append(esc(l)).append("</th>"));
            b.append("</tr>");
        }
        b.append("</thead><tbody>");
        List<ReportTable.Row> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            ReportTable.Row row = rows.get(r);
            b.append("<tr>");
            for (int level = 0; level < row.path().size(); level++) {
                List<String> prefix = row.path().subList(0, level + 1);
                if (r > 0 && startsWith(rows.get(r - 1).path(), prefix)) {
                    continue;
                }
                int span = 0;
                while (r + span < rows.size() && startsWith(rows.get(r + span).path(), prefix)) {
                    span++;
                }
                b.append("<th scope=\"rowgroup\" rowspan=\"").append(span).append("\">")
                        .append(esc(prefix.get(level))).append("</th>");
            }
            int colspan = depth - row.path().size();
            b.append("<th scope=\"row\"").append(colspan > 1 ? " colspan=\"" + colspan + "\"" : "").append(">")
                    .append(esc(row.label())).append("</th>");
            for (ReportTable.Column c : t.columns()) {
                Number v = row.values().get(c.label());
                b.append("<td>").append(esc(format(v)));
                if (row.handEntered()) {
                    b.append("<small>").append(HAND_ENTERED).append("</small>");
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    public static String format(Number v) {
        if (v == null) {
            return NOT_ENTERED;
        }
        return v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static void paragraphs(StringBuilder b, String text) {
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (!line.isBlank()) {
                b.append("<p>").append(esc(line.strip())).append("</p>");
            }
        }
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
