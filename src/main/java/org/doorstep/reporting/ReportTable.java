package org.doorstep.reporting;

import java.util.List;
import java.util.Map;

/**
 * One table of the report with the template's own row and column labels, as pages, workbooks and the API show it.
 *
 * @param section the template section it belongs to, e.g. 三、收到和处理政府信息公开申请情况
 * @param caption the sub-heading within the section (table 二's 第二十条第（一）项 …), or null
 * @param corner the text of the top-left cell
 * @param heading the header spanning all value columns (申请人情况), or null
 */
public record ReportTable(String section, String caption, String corner, String heading, List<Column> columns,
        List<Row> rows) {

    /** A column; {@code group} is the spanning header above it (法人或其他组织), or null. */
    public record Column(String group, String label) {
    }

    /**
     * A row; {@code path} holds the group rows above it (三、本年度办理结果, （三）不予公开), {@code values} the cells by
     * column label (null while a hand-entered figure is not entered), {@code handEntered} marks 手工填报.
     */
    public record Row(List<String> path, String label, Map<String, Number> values, boolean handEntered) {
    }
}
