package org.doorstep.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.platform.Workbooks;
import org.doorstep.platform.Workbooks.SheetSpec;
import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.ReportTable;

/**
 * Tables 二, 三 and 四 as an .xlsx workbook through the platform's {@link Workbooks} helper, one sheet per section.
 * Tables 二 and 三 have the row labels in the first column and a 数据来源 column that marks hand-entered rows; table 四
 * is the template's own layout, its three header rows merged as on paper above one row of 15 figures.
 */
public final class ReportWorkbook {

    public static final String ITEM = "项目";
    public static final String SOURCE = "数据来源";
    public static final String PLATFORM = "平台生成";
    public static final String HAND = "手工填报";
    public static final List<String> SHEETS = List.of("表二 主动公开", "表三 依申请公开", "表四 复议诉讼");

    private ReportWorkbook() {
    }

    /** The sheet specs of a report's tables (header: 项目, the template's column labels, 数据来源). */
    public static List<SheetSpec> specs(AnnualReport r) {
        List<SheetSpec> specs = new ArrayList<>();
        for (Map.Entry<String, List<ReportTable>> e : bySheet(r).entrySet()) {
            if (isGrid(e.getValue())) {
                specs.add(gridSpec(e.getKey(), e.getValue().get(0)));
                continue;
            }
            List<String> headers = new ArrayList<>();
            headers.add(ITEM);
            for (ReportTable t : e.getValue()) {
                for (ReportTable.Column c : t.columns()) {
                    if (!headers.contains(c.key())) {
                        headers.add(c.key());
                    }
                }
            }
            headers.add(SOURCE);
            specs.add(new SheetSpec(e.getKey(), headers));
        }
        return specs;
    }

    /** Figures are stored as numbers; a hand-entered figure not yet entered is the text 未填报. */
    public static byte[] write(AnnualReport r) {
        List<SheetSpec> specs = specs(r);
        Map<String, List<List<?>>> rows = new LinkedHashMap<>();
        Map<String, Map<Integer, Map.Entry<Integer, String>>> groups = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, List<ReportTable>> e : bySheet(r).entrySet()) {
            List<String> headers = specs.get(i++).headers();
            List<List<?>> sheet = new ArrayList<>();
            if (isGrid(e.getValue())) {
                for (ReportTable.Row row : e.getValue().get(0).rows()) {
                    sheet.add(headers.stream().map(h -> (Object) row.values().get(h)).toList());
                }
                rows.put(e.getKey(), sheet);
                continue;
            }
            for (ReportTable t : e.getValue()) {
                groups.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).putAll(groupsOf(t, headers));
                for (ReportTable.Row row : t.rows()) {
                    List<Object> cells = new ArrayList<>();
                    for (String h : headers) {
                        if (h.equals(ITEM)) {
                            cells.add(label(t, row));
                        } else if (h.equals(SOURCE)) {
                            cells.add(row.handEntered() ? HAND : PLATFORM);
                        } else if (!row.values().containsKey(h)) {
                            cells.add("");
                        } else {
                            Number v = row.values().get(h);
                            cells.add(v == null ? ReportBody.format(null) : v);
                        }
                    }
                    sheet.add(cells);
                }
            }
            rows.put(e.getKey(), sheet);
        }
        List<String> notes = List.of(r.title(), ReportBody.HAND_NOTE.replace("标“" + ReportBody.HAND_ENTERED + "”",
                "“数据来源”为“" + HAND + "”"), "表三勾稽关系：每列“一、本年新收”加“二、上年结转”等于“（七）总计”加“四、结转下年度继续办理”。",
                "表二“本年收费金额”单位为万元。", "表四按模板排列为一行：行政复议，以及行政诉讼的未经复议直接起诉和复议后起诉，各列结果维持、结果纠正、其他结果、尚未审结、总计；数据均由平台生成。");
        return Workbooks.write(specs, rows, groups, notes, 100);
    }

    /** A sheet holding one table without row headers (表四) is its template layout: header rows and figures only. */
    private static boolean isGrid(List<ReportTable> tables) {
        return tables.size() == 1 && !tables.get(0).hasRowHeaders();
    }

    /** The sheet of a table without row headers: its header grid as merged cells, its columns by key. */
    private static SheetSpec gridSpec(String name, ReportTable t) {
        List<Workbooks.HeaderCell> block = t.header().cells().stream()
                .map(c -> new Workbooks.HeaderCell(c.row(), c.column(), c.rowSpan(), c.colSpan(), c.text())).toList();
        return SheetSpec.withHeaderBlock(name, t.columns().stream().map(ReportTable.Column::key).toList(), block);
    }

    /** The template's group headers of a table (表三: 法人或其他组织 over its five columns), by first column index. */
    private static Map<Integer, Map.Entry<Integer, String>> groupsOf(ReportTable t, List<String> headers) {
        Map<Integer, Map.Entry<Integer, String>> m = new LinkedHashMap<>();
        for (int c = 0; c < t.columns().size(); c++) {
            String group = group(t.columns().get(c));
            if (group == null || (c > 0 && group.equals(group(t.columns().get(c - 1))))) {
                continue;
            }
            int span = 0;
            while (c + span < t.columns().size() && group.equals(group(t.columns().get(c + span)))) {
                span++;
            }
            m.put(headers.indexOf(t.columns().get(c).key()), Map.entry(span, group));
        }
        return m;
    }

    /** The group right above a column (these sheets have one row of group headers), or null. */
    private static String group(ReportTable.Column c) {
        return c.groups().isEmpty() ? null : c.groups().get(c.groups().size() - 1);
    }

    /** A row's label with its group rows, e.g. 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密. */
    static String label(ReportTable t, ReportTable.Row row) {
        List<String> parts = new ArrayList<>();
        if (t.caption() != null) {
            parts.add(t.caption());
        }
        parts.addAll(row.path());
        parts.add(row.label());
        return String.join(" / ", parts);
    }

    private static Map<String, List<ReportTable>> bySheet(AnnualReport r) {
        Map<String, List<ReportTable>> m = new LinkedHashMap<>();
        for (ReportTable t : r.tables()) {
            String sheet = SHEETS.get(t.section().startsWith("二") ? 0 : t.section().startsWith("三") ? 1 : 2);
            m.computeIfAbsent(sheet, k -> new ArrayList<>()).add(t);
        }
        return m;
    }
}
