package org.doorstep.disclosure.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.doorstep.platform.NotAWorkbookException;
import org.doorstep.platform.Workbooks;

/**
 * The catalogue workbook: sheet 标准目录 with one row per catalogue item, its place given as a path of node names
 * (法定主动公开内容/机构信息/领导信息), and a 填写说明 sheet the import ignores.
 */
public final class CatalogueWorkbook {

    public static final String SHEET = "标准目录";
    public static final String PATH_SEPARATOR = "/";
    /** Far above the ~500 items of a county catalogue; stops a crafted workbook from exhausting memory. */
    public static final int MAX_ROWS = 5_000;

    /** The columns, in order; the first is the node's path. */
    public static final List<String> HEADERS = List.of("栏目路径", "公开内容（事项名称及内容）", "公开依据", "公开时限",
            "公开主体", "公开方式", "公开渠道", "公开对象", "公开属性", "不予公开依据");

    /** One data row as Excel numbers it, with its cells by header. */
    public record CatalogueRow(int number, Map<String, String> cells) {
        public String get(String header) {
            return cells.getOrDefault(header, "");
        }
    }

    private CatalogueWorkbook() {
    }

    public static List<CatalogueRow> read(byte[] bytes) {
        Workbooks.requireXlsx(bytes);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.findSheet(SHEET)
                    .orElseThrow(() -> new NotAWorkbookException("缺少工作表「" + SHEET + "」，请使用导出的目录或导入模板"));
            return rows(sheet);
        } catch (NotAWorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw Workbooks.unreadable();
        }
    }

    private static List<CatalogueRow> rows(Sheet sheet) throws IOException {
        List<CatalogueRow> result = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            Map<String, Integer> columnOf = null;
            while (it.hasNext()) {
                Row row = it.next();
                if (Workbooks.isBlank(row)) {
                    continue;
                }
                if (columnOf == null) {
                    columnOf = header(row);
                    continue;
                }
                if (result.size() == MAX_ROWS) {
                    throw new NotAWorkbookException("目录超过 " + MAX_ROWS + " 行，请分批导入");
                }
                Map<String, String> cells = new HashMap<>();
                for (Map.Entry<String, Integer> c : columnOf.entrySet()) {
                    cells.put(c.getKey(), Workbooks.text(row, c.getValue()));
                }
                result.add(new CatalogueRow(row.getRowNum(), cells));
            }
        }
        return result;
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            columnOf.putIfAbsent(Workbooks.text(row, i), i);
        }
        List<String> missing = HEADERS.stream().filter(h -> !columnOf.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new NotAWorkbookException("第 " + row.getRowNum() + " 行标题缺少列：" + String.join("、", missing)
                    + "。请使用导出的目录或导入模板的标题行");
        }
        columnOf.keySet().retainAll(HEADERS);
        return columnOf;
    }

    /** Rows of cells in {@link #HEADERS} order, with drop-down lists for the two choice columns. */
    public static byte[] write(List<List<String>> rows, List<String> attributes, List<String> grounds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Doorstep", "1.0");
            Worksheet ws = workbook.newWorksheet(SHEET);
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.style(c).format("@").set();
                ws.width(c, c == 0 ? 48 : 22);
                ws.value(0, c, HEADERS.get(c));
                ws.style(0, c).bold().fillColor("DDEBF7").set();
            }
            choices(ws, 8, attributes);
            choices(ws, 9, grounds);
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isEmpty()) {
                        ws.value(r + 1, c, row.get(c));
                    }
                }
            }
            ws.freezePane(1, 1);
            instructions(workbook.newWorksheet("填写说明"), attributes, grounds);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void choices(Worksheet ws, int column, List<String> values) {
        ws.range(1, column, MAX_ROWS, column).validateWithListByFormula("\"" + String.join(",", values) + "\"")
                .allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
                .errorTitle(HEADERS.get(column) + "无效").error("请从下拉列表中选择：" + String.join("、", values));
    }

    private static void instructions(Worksheet ws, List<String> attributes, List<String> grounds) {
        ws.width(0, 110);
        String[] lines = {
            "一个工作簿导入一级政府的标准目录。按「栏目路径」新增或更新栏目，不删除工作簿中没有的栏目；任何一行有误则整份不导入，并逐行列出错误。",
            "栏目路径：从一级栏目写起，各级栏目名称之间用 / 分隔，例如：法定主动公开内容/机构信息/领导信息。上级栏目须已存在或在本工作簿中。",
            "一级栏目「政府信息公开指南」「政府信息公开制度」「法定主动公开内容」「政府信息公开年报」固定存在，可更新其内容但不能改名。",
            "公开属性：" + String.join("、", attributes) + "。",
            "不予公开依据：公开属性为「不予公开」时必填，可选：" + String.join("；", grounds) + "。",
            "每次导入都记入目录调整记录（动态管理），调整原因在上传时填写。"};
        for (int r = 0; r < lines.length; r++) {
            ws.value(r, 0, lines[r]);
        }
    }
}
