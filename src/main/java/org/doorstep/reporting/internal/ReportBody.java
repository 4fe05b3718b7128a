package org.doorstep.reporting.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.HeaderGrid;
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
    /** Header ids of the report's tables start with this, so they cannot clash with the page's own ids. */
    public static final String ID_PREFIX = "tbl-";
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
        int n = 0;
        for (ReportTable t : r.tables()) {
            if (!t.section().equals(section)) {
                if (hand) {
                    b.append("<p><small>").append(esc(HAND_NOTE)).append("</small></p>");
                    hand = false;
                }
                section = t.section();
                b.append("<h2>").append(esc(section)).append("</h2>");
            }
            table(b, t, ID_PREFIX + ++n);
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

    /**
     * One table; group rows and group columns span their members as in the template. Besides {@code scope}, every
     * header cell has an id and every figure lists the ids of all headers over it and beside it ({@code headers}), so
     * a screen reader reads a table-四 figure as 行政诉讼, 复议后起诉, 结果维持. Ids start with {@link #ID_PREFIX}, the
     * only ids the disclosure module's body sanitiser keeps.
     */
    static void table(StringBuilder b, ReportTable t, String id) {
        HeaderGrid grid = t.header();
        int depth = t.hasRowHeaders() ? t.rows().stream().mapToInt(row -> row.path().size()).max().orElse(0) + 1 : 0;
        b.append("<table>");
        if (t.caption() != null) {
            b.append("<caption>").append(esc(t.caption())).append("</caption>");
        }
        b.append("<thead>");
        for (int level = 0; level < grid.height(); level++) {
            b.append("<tr>");
            if (level == 0 && depth > 0) {
                b.append("<th scope=\"col\" colspan=\"").append(depth).append("\" rowspan=\"").append(grid.height())
                        .append("\">").append(esc(t.corner())).append("</th>");
            }
            for (HeaderGrid.Cell c : grid.row(level)) {
                b.append("<th id=\"").append(headerId(id, c)).append("\" scope=\"")
                        .append(c.leaf() ? "col" : "colgroup").append('"');
                if (c.colSpan() > 1) {
                    b.append(" colspan=\"").append(c.colSpan()).append('"');
                }
                if (c.rowSpan() > 1) {
                    b.append(" rowspan=\"").append(c.rowSpan()).append('"');
                }
                b.append('>').append(esc(c.text())).append("</th>");
            }
            b.append("</tr>");
        }
        b.append("</thead><tbody>");
        List<ReportTable.Row> rows = t.rows();
        for (int r = 0; r < rows.size(); r++) {
            ReportTable.Row row = rows.get(r);
            List<String> rowHeaders = new ArrayList<>();
            b.append("<tr>");
            if (depth > 0) {
                for (int level = 0; level < row.path().size(); level++) {
                    List<String> prefix = row.path().subList(0, level + 1);
                    int first = r;
                    while (first > 0 && startsWith(rows.get(first - 1).path(), prefix)) {
                        first--;
                    }
                    String groupId = id + "-r" + first + "-" + level;
                    rowHeaders.add(groupId);
                    if (first < r) {
                        continue;
                    }
                    int span = 0;
                    while (r + span < rows.size() && startsWith(rows.get(r + span).path(), prefix)) {
                        span++;
                    }
                    b.append("<th id=\"").append(groupId).append("\" scope=\"rowgroup\" rowspan=\"").append(span)
                            .append("\">").append(esc(prefix.get(level))).append("</th>");
                }
                String rowId = id + "-r" + r;
                rowHeaders.add(rowId);
                int colspan = depth - row.path().size();
                b.append("<th id=\"").append(rowId).append("\" scope=\"row\"")
                        .append(colspan > 1 ? " colspan=\"" + colspan + "\"" : "").append(">")
                        .append(esc(row.label())).append("</th>");
            }
            for (int c = 0; c < t.columns().size(); c++) {
                Number v = row.values().get(t.columns().get(c).key());
                List<String> headers = new ArrayList<>(rowHeaders);
                grid.above(c).forEach(h -> headers.add(headerId(id, h)));
                b.append("<td headers=\"").append(String.join(" ", headers)).append("\">").append(esc(format(v)));
                if (row.handEntered()) {
                    b.append("<small>").append(HAND_ENTERED).append("</small>");
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    private static String headerId(String table, HeaderGrid.Cell c) {
        return table + "-h" + c.row() + "-" + c.column();
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
