package org.doorstep.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One table of the report with the template's own row and column labels, as pages, workbooks and the API show it.
 *
 * @param section the template section it belongs to, e.g. 三、收到和处理政府信息公开申请情况
 * @param caption the sub-heading within the section (table 二's 第二十条第（一）项 …), or null
 * @param corner the text of the top-left cell, or null for a table without row headers (table 四 is one row of
 *               figures under its column headers)
 * @param heading the header spanning all value columns (申请人情况), or null
 */
public record ReportTable(String section, String caption, String corner, String heading, List<Column> columns,
        List<Row> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A column of figures.
     *
     * @param key unique within its table and the key of the rows' {@code values}: the label where the label is
     *            unique, else the header path joined with "/" (表四: 行政诉讼/复议后起诉/结果维持)
     * @param groups the spanning headers above the label, outermost first (法人或其他组织; 行政诉讼, 复议后起诉)
     * @param label the column's own header (结果维持)
     */
    public record Column(String key, List<String> groups, String label) {

        public Column {
            groups = List.copyOf(groups);
        }

        /** A column whose label is its key and has no group above it. */
        public static Column of(String label) {
            return new Column(label, List.of(), label);
        }

        /** A column keyed by its whole header path, for tables whose labels repeat under different groups. */
        public static Column byPath(List<String> groups, String label) {
            List<String> path = new ArrayList<>(groups);
            path.add(label);
            return new Column(String.join("/", path), groups, label);
        }
    }

    /**
     * A row; {@code path} holds the group rows above it (三、本年度办理结果, （三）不予公开), {@code label} its own
     * header (null in a table without row headers), {@code values} the cells by column key (null while a
     * hand-entered figure is not entered), {@code handEntered} marks 手工填报.
     */
    public record Row(List<String> path, String label, Map<String, Number> values, boolean handEntered) {
    }

    /** Whether the rows carry headers of their own (every table but 四). */
    public boolean hasRowHeaders() {
        return corner != null;
    }

    /** The column headers as the template draws them, with their spans. */
    public HeaderGrid header() {
        return HeaderGrid.of(this);
    }
}
