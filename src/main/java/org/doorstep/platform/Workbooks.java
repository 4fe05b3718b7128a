package org.doorstep.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every Excel import shares: the upload read into memory with a size limit, the .xlsx signature and the bounds of
 * what it expands to checked before parsing (a zip bomb is refused, not parsed), and cells read as the text people
 * typed.
 */
public final class Workbooks {

    /** Uploads larger than this are refused before parsing. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final MediaType XLSX = MediaType.parseMediaType(FileType.XLSX.mediaType());

    /** Cells of all sheets (and distinct texts) a workbook may hold; the largest import (20,000 rows) needs 500,000. */
    public static final long MAX_CELLS = 2_000_000;
    /**
     * Workbooks parsed at the same time. With {@link ZipBounds#WORKBOOK} limiting one parse to some 200 MB at worst,
     * imports never hold more than about 400 MB together, however many administrators upload at once.
     */
    static final int PARALLEL_PARSES = 2;
    private static final long PARSE_WAIT_SECONDS = 30;
    private static final Semaphore PARSING = new Semaphore(PARALLEL_PARSES, true);

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private Workbooks() {
    }

    /** The upload's bytes, refused when over {@link #MAX_BYTES} or not an .xlsx (zip) file. */
    public static byte[] readUpload(InputStream upload) {
        byte[] bytes;
        try {
            bytes = upload.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new NotAWorkbookException("读取上传文件时出错，请重新上传");
        }
        if (bytes.length > MAX_BYTES) {
            throw new NotAWorkbookException("文件超过 10 MB，请拆分或精简后再上传");
        }
        requireXlsx(bytes);
        return bytes;
    }

    public static void requireXlsx(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length || !Arrays.equals(bytes, 0, 4, ZIP_MAGIC, 0, 4)) {
            throw new NotAWorkbookException("文件不是 Excel 工作簿（.xlsx）。请使用导入模板填写后上传；"
                    + "旧版 .xls 文件请先在 Excel 中另存为 .xlsx");
        }
    }

    /** The message for a file fastexcel cannot parse (it reports broken archives and XML as assorted exceptions). */
    public static NotAWorkbookException unreadable() {
        return new NotAWorkbookException("文件无法作为 Excel 工作簿（.xlsx）读取，可能已损坏或不是 Excel 文件");
    }

    /** An .xlsx attachment with a Chinese file name that every browser keeps, never cached. */
    public static ResponseEntity<byte[]> download(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /**
     * A sheet of an import format: its name, its column headers in order, and drop-down choices by column index.
     */
    public record SheetSpec(String name, List<String> headers, Map<Integer, List<String>> choices,
            List<HeaderCell> headerBlock) {
        public SheetSpec {
            headerBlock = List.copyOf(headerBlock);
        }

        public SheetSpec(String name, List<String> headers, Map<Integer, List<String>> choices) {
            this(name, headers, choices, List.of());
        }

        public SheetSpec(String name, List<String> headers) {
            this(name, headers, Map.of());
        }

        /**
         * A sheet whose header is several rows of merged cells (a national template's group headers), with
         * {@code headers} naming each column by its header path joined with "/" (行政诉讼/复议后起诉/结果维持).
         */
        public static SheetSpec withHeaderBlock(String name, List<String> headers, List<HeaderCell> block) {
            return new SheetSpec(name, headers, Map.of(), block);
        }

        int headerHeight() {
            return headerBlock.stream().mapToInt(c -> c.row() + c.rows()).max().orElse(1);
        }
    }

    /** A header cell over {@code rows} × {@code columns} cells from its zero-based top-left corner, merged. */
    public record HeaderCell(int row, int column, int rows, int columns, String text) {
    }

    /** One data row as Excel numbers it (the header is row 1), with its cells by header. */
    public record SheetRow(int number, Map<String, String> cells) {
        public String get(String header) {
            return cells.getOrDefault(header, "");
        }
    }

    /**
     * Every named sheet's data rows, blank rows skipped. A missing sheet or column, more than {@code maxRows} rows
     * or a file that is no workbook is refused as a whole with a Chinese message.
     */
    public static Map<String, List<SheetRow>> read(byte[] bytes, List<SheetSpec> sheets, int maxRows) {
        return parse(bytes, workbook -> {
            Map<String, List<SheetRow>> result = new LinkedHashMap<>();
            for (SheetSpec spec : sheets) {
                Sheet sheet = workbook.findSheet(spec.name()).orElseThrow(() -> new NotAWorkbookException(
                        "缺少工作表「" + spec.name() + "」，请使用导出的工作簿或导入模板"));
                result.put(spec.name(), rows(spec, sheet, maxRows));
            }
            return result;
        });
    }

    /** What a caller reads from an opened workbook. */
    public interface WorkbookReader<T> {
        T read(ReadableWorkbook workbook) throws IOException;
    }

    /**
     * Opens an uploaded .xlsx for the reader, once it is known to stay within the limits ({@link #inspect}) and
     * while it holds a share of the memory budget for parsing ({@link #PARALLEL_PARSES} at a time). Anything the
     * parser cannot read is refused with a Chinese message.
     */
    public static <T> T parse(byte[] bytes, WorkbookReader<T> reader) {
        requireXlsx(bytes);
        inspect(bytes);
        try {
            if (!PARSING.tryAcquire(PARSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new NotAWorkbookException("系统正在处理其他表格的导入，请稍后再试");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotAWorkbookException("系统正在处理其他表格的导入，请稍后再试");
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            return reader.read(workbook);
        } catch (NotAWorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // fastexcel reports broken archives and broken XML as assorted exceptions: all mean "not a workbook".
            throw unreadable();
        } finally {
            PARSING.release();
        }
    }

    /**
     * Refuses a workbook that would take more than its share of memory to parse: the archive's limits
     * ({@link ZipBounds#WORKBOOK}), at most {@link #MAX_CELLS} cells and as many distinct texts, none longer than
     * Excel allows. Checked on a temporary copy (the archive's directory needs random access) that is deleted at once.
     */
    public static void inspect(byte[] bytes) {
        SheetXmlScanner.Totals totals = new SheetXmlScanner.Totals(MAX_CELLS, MAX_CELLS);
        Path copy = null;
        try {
            copy = Files.createTempFile("doorstep-workbook", ".xlsx");
            Files.write(copy, bytes);
            // Every XML part is scanned, not just the usual names: the parser finds its parts through relationships,
            // so a sheet may be stored under any name.
            ZipBounds.check(copy, ZipBounds.WORKBOOK, name -> {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!lower.endsWith(".xml") && !lower.endsWith(".rels")) {
                    return null;
                }
                return new SheetXmlScanner(totals, lower.endsWith("sharedstrings.xml") ? "si" : "c");
            });
        } catch (NotAWorkbookException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new NotAWorkbookException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    // The temporary folder is cleaned by the system; the upload was refused or read already.
                }
            }
        }
    }

    private static List<SheetRow> rows(SheetSpec spec, Sheet sheet, int maxRows) throws IOException {
        List<SheetRow> result = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            Map<String, Integer> columnOf = null;
            int headerTries = 0;
            List<Row> block = new ArrayList<>();
            while (it.hasNext()) {
                Row row = it.next();
                if (isBlank(row)) {
                    continue;
                }
                if (columnOf == null && !spec.headerBlock().isEmpty()) {
                    block.add(row);
                    if (block.size() == spec.headerHeight()) {
                        columnOf = headerBlock(spec, block);
                    }
                    continue;
                }
                if (columnOf == null) {
                    // Group headers (法人或其他组织) may stand above the column headers: up to two rows are passed over.
                    columnOf = header(spec, row, ++headerTries == 3);
                    continue;
                }
                if (result.size() == maxRows) {
                    throw new NotAWorkbookException("工作表「" + spec.name() + "」超过 " + maxRows + " 行，请分批导入");
                }
                Map<String, String> cells = new HashMap<>();
                for (Map.Entry<String, Integer> c : columnOf.entrySet()) {
                    cells.put(c.getKey(), text(row, c.getValue()));
                }
                result.add(new SheetRow(row.getRowNum(), cells));
            }
        }
        return result;
    }

    /**
     * The columns under a block of header rows, each named by the texts above it joined with "/" (a merged cell's
     * text repeats down and across its range, see {@link #writeSheet}; a text repeated downwards counts once).
     */
    private static Map<String, Integer> headerBlock(SheetSpec spec, List<Row> block) {
        Map<String, Integer> columnOf = new HashMap<>();
        int width = block.stream().mapToInt(Row::getCellCount).max().orElse(0);
        for (int c = 0; c < width; c++) {
            List<String> path = new ArrayList<>();
            for (Row row : block) {
                String t = text(row, c);
                if (!t.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(t))) {
                    path.add(t);
                }
            }
            columnOf.putIfAbsent(String.join("/", path), c);
        }
        List<String> missing = spec.headers().stream().filter(h -> !columnOf.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new NotAWorkbookException("工作表「" + spec.name() + "」前 " + block.size() + " 行标题缺少列："
                    + String.join("、", missing) + "。请使用导出的工作簿");
        }
        columnOf.keySet().retainAll(spec.headers());
        return columnOf;
    }

    /** The columns of a header row; null if the row lacks some and {@code last} is false. */
    private static Map<String, Integer> header(SheetSpec spec, Row row, boolean last) {
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            columnOf.putIfAbsent(text(row, i), i);
        }
        List<String> missing = spec.headers().stream().filter(h -> !columnOf.containsKey(h)).toList();
        if (!missing.isEmpty() && !last && columnOf.keySet().stream().noneMatch(spec.headers()::contains)) {
            return null;
        }
        if (!missing.isEmpty()) {
            throw new NotAWorkbookException("工作表「" + spec.name() + "」第 " + row.getRowNum() + " 行标题缺少列："
                    + String.join("、", missing) + "。请使用导出的工作簿或导入模板的标题行");
        }
        columnOf.keySet().retainAll(spec.headers());
        return columnOf;
    }

    /**
     * A workbook with the sheets in order (rows of cells in header order, all text so codes keep their leading
     * zeros, drop-down lists where the spec has choices), then a 填写说明 sheet with one line per instruction.
     */
    public static byte[] write(List<SheetSpec> sheets, Map<String, List<List<String>>> rows, List<String> instructions,
            int maxRows) {
        Map<String, List<List<?>>> cells = new java.util.LinkedHashMap<>();
        rows.forEach((sheet, list) -> cells.put(sheet, new ArrayList<>(list)));
        return write(sheets, cells, Map.of(), instructions, maxRows);
    }

    /**
     * As {@link #write(List, Map, List, int)}, with cells that may be numbers (stored as numbers, so a spreadsheet
     * sums them) and, per sheet, a row of group headers above the column headers: column index → (span, text).
     */
    public static byte[] write(List<SheetSpec> sheets, Map<String, List<List<?>>> rows,
            Map<String, Map<Integer, Map.Entry<Integer, String>>> groups, List<String> instructions, int maxRows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Doorstep", "1.0");
            for (SheetSpec spec : sheets) {
                writeSheet(workbook.newWorksheet(spec.name()), spec, rows.getOrDefault(spec.name(), List.of()),
                        groups.getOrDefault(spec.name(), Map.of()), maxRows);
            }
            Worksheet help = workbook.newWorksheet("填写说明");
            help.width(0, 110);
            for (int r = 0; r < instructions.size(); r++) {
                help.value(r, 0, instructions.get(r));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeSheet(Worksheet ws, SheetSpec spec, List<List<?>> rows,
            Map<Integer, Map.Entry<Integer, String>> groups, int maxRows) {
        List<String> headers = spec.headers();
        if (!spec.headerBlock().isEmpty()) {
            writeHeaderBlock(ws, spec);
            writeRows(ws, rows, spec.headerHeight());
            ws.freezePane(0, spec.headerHeight());
            return;
        }
        int top = groups.isEmpty() ? 0 : 1;
        groups.forEach((column, group) -> {
            ws.range(0, column, 0, column + group.getKey() - 1).merge();
            ws.value(0, column, group.getValue());
            ws.range(0, column, 0, column + group.getKey() - 1).style().bold().horizontalAlignment("center")
                    .fillColor("DDEBF7").set();
        });
        for (int c = 0; c < headers.size(); c++) {
            ws.style(c).format("@").set();
            ws.width(c, Math.max(12, Math.min(48, headers.get(c).length() * 3)));
            ws.value(top, c, headers.get(c));
            ws.style(top, c).bold().fillColor("DDEBF7").set();
        }
        spec.choices().forEach((column, values) -> ws.range(1, column, maxRows, column)
                .validateWithListByFormula("\"" + String.join(",", values) + "\"")
                .allowBlank(true).showErrorMessage(true).errorStyle(DataValidationErrorStyle.STOP)
                .errorTitle(headers.get(column) + "无效").error("请从下拉列表中选择：" + String.join("、", values)));
        writeRows(ws, rows, 1 + top);
        ws.freezePane(1, 1 + top);
    }

    /**
     * Merged header cells, bold on the header colour. The text is written into every cell of a merged range, not
     * only the top-left one Excel shows, so a reader by position (and {@link #read}) finds each column's full path.
     */
    private static void writeHeaderBlock(Worksheet ws, SheetSpec spec) {
        int height = spec.headerHeight();
        for (int c = 0; c < spec.headers().size(); c++) {
            ws.width(c, 12);
        }
        for (HeaderCell h : spec.headerBlock()) {
            int lastRow = h.row() + h.rows() - 1;
            int lastColumn = h.column() + h.columns() - 1;
            for (int r = h.row(); r <= lastRow; r++) {
                for (int c = h.column(); c <= lastColumn; c++) {
                    ws.value(r, c, h.text());
                }
            }
            if (h.rows() > 1 || h.columns() > 1) {
                ws.range(h.row(), h.column(), lastRow, lastColumn).merge();
            }
            ws.range(h.row(), h.column(), lastRow, lastColumn).style().bold().horizontalAlignment("center")
                    .verticalAlignment("center").wrapText(true).fillColor("DDEBF7").set();
        }
        ws.rowHeight(height - 1, 30);
    }

    private static void writeRows(Worksheet ws, List<List<?>> rows, int first) {
        for (int r = 0; r < rows.size(); r++) {
            List<?> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r + first, c, n);
                    ws.style(r + first, c).format("General").set();
                } else if (v != null && !v.toString().isEmpty()) {
                    ws.value(r + first, c, v.toString());
                }
            }
        }
    }

    public static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!text(row, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A cell as text; numbers typed into code columns come back as plain digits, not 3.61199E11. */
    public static String text(Row row, int index) {
        Cell cell = row.getOptionalCell(index).orElse(null);
        if (cell == null || cell.getType() == null) {
            return "";
        }
        String text = switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal n = cell.asNumber();
                yield n == null ? "" : n.stripTrailingZeros().toPlainString();
            }
            case STRING, BOOLEAN -> cell.getText();
            case FORMULA -> cell.getRawValue();
            default -> "";
        };
        return text == null ? "" : text.strip();
    }
}
