package org.doorstep.organization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.doorstep.platform.Workbooks;

/**
 * The county workbook: one sheet per {@link RecordKind} with the kinds' column headers in row 1, and a
 * 填写说明 sheet that the import ignores. Reading works on bytes already in memory; nothing touches the file system.
 */
public final class CountyWorkbook {

    /** Uploads larger than this are refused before parsing. */
    public static final long MAX_BYTES = Workbooks.MAX_BYTES;
    /** Rows per sheet; far above any county, low enough to stop a crafted workbook from exhausting memory. */
    static final int MAX_ROWS = 20_000;
    static final String INSTRUCTIONS = "填写说明";

    /** One data row: its number as Excel shows it, and its text by field key. */
    public record SheetRow(int number, Map<String, String> values) {
    }

    /** What a workbook holds: rows by kind, or the structural problems (missing sheets or columns). */
    public record Content(Map<RecordKind, List<SheetRow>> rows, List<ImportProblem> problems) {
    }

    private CountyWorkbook() {
    }

    /** Reads an uploaded stream, refusing anything over {@link #MAX_BYTES} or anything that is not an .xlsx. */
    public static Content read(InputStream upload) {
        return read(Workbooks.readUpload(upload));
    }

    public static Content read(byte[] bytes) {
        return Workbooks.parse(bytes, workbook -> {
            Map<RecordKind, List<SheetRow>> rows = new EnumMap<>(RecordKind.class);
            List<ImportProblem> problems = new ArrayList<>();
            for (RecordKind kind : RecordKind.values()) {
                Optional<Sheet> sheet = workbook.findSheet(kind.sheet());
                if (sheet.isEmpty()) {
                    problems.add(new ImportProblem(kind.sheet(), 0, "", "缺少工作表「" + kind.sheet() + "」，请使用导入模板"));
                    continue;
                }
                rows.put(kind, readSheet(kind, sheet.get(), problems));
            }
            return new Content(rows, problems);
        });
    }

    private static List<SheetRow> readSheet(RecordKind kind, Sheet sheet, List<ImportProblem> problems)
            throws IOException {
        List<SheetRow> result = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            Map<String, Integer> columnOf = null;
            while (it.hasNext()) {
                Row row = it.next();
                if (Workbooks.isBlank(row)) {
                    continue;
                }
                if (columnOf == null) {
                    columnOf = header(kind, row, problems);
                    if (columnOf == null) {
                        return result;
                    }
                    continue;
                }
                if (result.size() == MAX_ROWS) {
                    problems.add(new ImportProblem(kind.sheet(), row.getRowNum(), "",
                            "工作表超过 " + MAX_ROWS + " 行，请分批导入"));
                    return result;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> c : columnOf.entrySet()) {
                    values.put(c.getKey(), Workbooks.text(row, c.getValue()));
                }
                result.add(new SheetRow(row.getRowNum(), values));
            }
            if (columnOf == null) {
                problems.add(new ImportProblem(kind.sheet(), 1, "", "工作表没有标题行，请使用导入模板"));
            }
        }
        return result;
    }

    /** Field key → column index, or null (with problems) if a column is missing. */
    private static Map<String, Integer> header(RecordKind kind, Row row, List<ImportProblem> problems) {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            byHeader.putIfAbsent(Workbooks.text(row, i), i);
        }
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        boolean complete = true;
        for (Column column : kind.columns()) {
            Integer index = byHeader.get(column.header());
            if (index == null) {
                problems.add(new ImportProblem(kind.sheet(), row.getRowNum(), column.header(),
                        "缺少列「" + column.header() + "」，请使用导入模板的标题行"));
                complete = false;
            }
            columnOf.put(column.key(), index);
        }
        return complete ? columnOf : null;
    }

    /** Writes rows (field key → text, per kind) in the import format; kinds without rows get an empty sheet. */
    public static byte[] write(Map<RecordKind, List<Map<String, String>>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Doorstep", "1.0");
            for (RecordKind kind : RecordKind.values()) {
                writeSheet(workbook.newWorksheet(kind.sheet()), kind, rows.getOrDefault(kind, List.of()));
            }
            writeInstructions(workbook.newWorksheet(INSTRUCTIONS));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeSheet(Worksheet ws, RecordKind kind, List<Map<String, String>> rows) {
        List<Column> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            boolean number = column.input() == Column.Input.NUMBER;
            // Codes and phone numbers stay text, so Excel neither drops leading zeros nor writes 3.61199E+11.
            ws.style(c).format(number ? "0" : "@").set();
            ws.width(c, number ? 10 : Math.max(14, column.header().length() * 3));
            ws.value(0, c, column.header());
            ws.style(0, c).bold().fillColor("DDEBF7").set();
            if (column.input() == Column.Input.CHOICE) {
                ws.range(1, c, MAX_ROWS, c).validateWithListByFormula("\"" + String.join(",", column.choices()) + "\"")
                        .allowBlank(true).showErrorMessage(true)
                        .errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP)
                        .errorTitle(column.header() + "无效").error("请从下拉列表中选择：" + String.join("、", column.choices()));
            }
            for (int r = 0; r < rows.size(); r++) {
                String value = rows.get(r).getOrDefault(column.key(), "");
                if (value.isEmpty()) {
                    continue;
                }
                if (number && value.matches("[0-9]{1,9}")) {
                    ws.value(r + 1, c, Integer.parseInt(value));
                } else {
                    ws.value(r + 1, c, value);
                }
            }
        }
        ws.freezePane(0, 1);
    }

    private static void writeInstructions(Worksheet ws) {
        ws.width(0, 16);
        ws.width(1, 22);
        ws.width(2, 10);
        ws.width(3, 80);
        int r = 0;
        ws.value(r++, 0, "一个工作簿导入一个县的全部组织机构。导入按编码新增或更新，不删除已有数据；任何一行有误则整份不导入，并列出每个错误。");
        ws.value(r++, 0, "请勿修改工作表名称和标题行；代码类单元格请保持文本格式。本说明页不会被导入。");
        r++;
        String[] head = {"工作表", "列", "必填", "说明"};
        for (int c = 0; c < head.length; c++) {
            ws.value(r, c, head[c]);
            ws.style(r, c).bold().fillColor("DDEBF7").set();
        }
        r++;
        for (RecordKind kind : RecordKind.values()) {
            for (Column column : kind.columns()) {
                ws.value(r, 0, kind.sheet());
                ws.value(r, 1, column.header());
                ws.value(r, 2, column.required() ? "是" : "否");
                ws.value(r, 3, column.hint());
                r++;
            }
        }
    }
}
