package org.doorstep.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.doorstep.platform.Workbooks;
import org.doorstep.platform.Workbooks.SheetRow;
import org.doorstep.reporting.internal.ReportBody;
import org.doorstep.reporting.internal.ReportWorkbook;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.RemedyResult;
import org.doorstep.requests.YearFigures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Table 四 in the layout of the 2021 template (国办公开办函〔2021〕30号, 四、政府信息公开行政复议、行政诉讼情况): one row
 * of 15 cells under three header rows — 行政复议 over 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (each reaching down
 * two rows), and 行政诉讼 over 未经复议直接起诉 and 复议后起诉, each over the same five. The same layout on the page,
 * in the workbook and in the API's columns.
 */
class AnnualReportTableFourTest {

    static final List<String> FIVE = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** 复议 upheld 2 and corrected 1; 直接起诉 other 1; 复议后起诉 pending 3. */
    static final AnnualReport REPORT = report(Map.of(
            RemedyKind.RECONSIDERATION, Map.of(RemedyResult.UPHELD, 2, RemedyResult.CORRECTED, 1),
            RemedyKind.LITIGATION_DIRECT, Map.of(RemedyResult.OTHER, 1),
            RemedyKind.LITIGATION_AFTER_RECONSIDERATION, Map.of(RemedyResult.PENDING, 3)));

    /** The template's 15 cells left to right, counted by hand from the fixture. */
    static final List<Integer> CELLS = List.of(2, 1, 0, 0, 3, 0, 0, 1, 0, 1, 0, 0, 0, 3, 3);

    @Test
    void tableFourIsOneRowOfFifteenCellsUnderTheTemplatesThreeHeaderRows() {
        ReportTable four = tableFour();
        assertThat(four.hasRowHeaders()).isFalse();
        assertThat(four.rows()).hasSize(1);
        assertThat(four.columns()).hasSize(15);
        List<Integer> values = four.columns().stream()
                .map(c -> four.rows().get(0).values().get(c.key()).intValue()).toList();
        assertThat(values).isEqualTo(CELLS);
        assertThat(four.columns().get(0)).isEqualTo(new ReportTable.Column("行政复议/结果维持", List.of("行政复议"), "结果维持"));
        assertThat(four.columns().get(14)).isEqualTo(new ReportTable.Column("行政诉讼/复议后起诉/总计",
                List.of("行政诉讼", "复议后起诉"), "总计"));

        HeaderGrid grid = four.header();
        assertThat(grid.height()).isEqualTo(3);
        assertThat(grid.row(0)).containsExactly(
                new HeaderGrid.Cell(0, 0, 1, 5, "行政复议", false),
                new HeaderGrid.Cell(0, 5, 1, 10, "行政诉讼", false));
        List<HeaderGrid.Cell> second = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            second.add(new HeaderGrid.Cell(1, c, 2, 1, FIVE.get(c), true));
        }
        second.add(new HeaderGrid.Cell(1, 5, 1, 5, "未经复议直接起诉", false));
        second.add(new HeaderGrid.Cell(1, 10, 1, 5, "复议后起诉", false));
        assertThat(grid.row(1)).containsExactlyElementsOf(second);
        assertThat(grid.row(2)).extracting(HeaderGrid.Cell::text).containsExactlyElementsOf(
                java.util.stream.Stream.concat(FIVE.stream(), FIVE.stream()).toList());
        assertThat(grid.row(2)).extracting(HeaderGrid.Cell::column).containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void onThePageEachFigureIsReadWithItsWholeHeaderPath() {
        Document page = Jsoup.parseBodyFragment(ReportBody.html(REPORT));
        Element table = page.select("h2:containsOwn(四、政府信息公开行政复议、行政诉讼情况) + table").first();
        assertThat(table).isNotNull();
        assertThat(table.select("thead tr")).hasSize(3);
        assertThat(table.select("thead tr").get(0).select("th")).extracting(e -> e.text() + "|" + e.attr("colspan"))
                .containsExactly("行政复议|5", "行政诉讼|10");
        assertThat(table.select("thead tr").get(1).select("th").get(0).attr("rowspan")).isEqualTo("2");
        assertThat(table.select("tbody tr")).hasSize(1);
        assertThat(table.select("tbody th")).as("no row header: the template has none").isEmpty();
        List<Element> cells = table.select("tbody td");
        assertThat(cells).extracting(Element::text).containsExactlyElementsOf(CELLS.stream().map(String::valueOf).toList());
        assertThat(headerPath(page, cells.get(0))).containsExactly("行政复议", "结果维持");
        assertThat(headerPath(page, cells.get(7))).containsExactly("行政诉讼", "未经复议直接起诉", "其他结果");
        assertThat(headerPath(page, cells.get(13))).containsExactly("行政诉讼", "复议后起诉", "尚未审结");
        // Table 三 names its row headers too: 三、本年度办理结果 → （三）不予公开 → 1.属于国家秘密 under 法人或其他组织 → 商业企业.
        Element secret = page.select("th:containsOwn(1.属于国家秘密)").first().parent().select("td").get(1);
        assertThat(headerPath(page, secret)).containsExactly("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "申请人情况",
                "法人或其他组织", "商业企业");
        assertThat(page.select("[id]")).allSatisfy(e -> assertThat(e.id()).startsWith(ReportBody.ID_PREFIX));
        assertThat(page.select("[id]").stream().map(Element::id).distinct().count()).isEqualTo(page.select("[id]").size());
    }

    @Test
    void theWorkbookMergesTheHeaderAsThePaperTemplateAndStoresTheFiguresAsNumbers() throws Exception {
        byte[] xlsx = ReportWorkbook.write(REPORT);
        Map<String, List<SheetRow>> sheets = Workbooks.read(xlsx, ReportWorkbook.specs(REPORT), 100);
        List<SheetRow> four = sheets.get("表四 复议诉讼");
        assertThat(four).hasSize(1);
        assertThat(four.get(0).get("行政复议/结果维持")).isEqualTo("2");
        assertThat(four.get(0).get("行政诉讼/未经复议直接起诉/其他结果")).isEqualTo("1");
        assertThat(four.get(0).get("行政诉讼/复议后起诉/总计")).isEqualTo("3");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.findSheet("表四 复议诉讼").orElseThrow().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("行政复议");
            assertThat(rows.get(0).getCellText(5)).isEqualTo("行政诉讼");
            assertThat(rows.get(1).getCellText(5)).isEqualTo("未经复议直接起诉");
            assertThat(rows.get(1).getCellText(10)).isEqualTo("复议后起诉");
            assertThat(rows.get(2).getCellText(14)).isEqualTo("总计");
            for (int c = 0; c < 15; c++) {
                assertThat(rows.get(3).getCell(c).getType()).as("column %d", c).isEqualTo(CellType.NUMBER);
                assertThat(rows.get(3).getCell(c).asNumber().intValue()).isEqualTo(CELLS.get(c));
            }
        }
        // The merged ranges: 行政复议 A1:E1, 行政诉讼 F1:O1, its two groups F2:J2 and K2:O2, 结果维持 … 总计 down A2:E3.
        assertThat(sheetXml(xlsx, "xl/worksheets/sheet3.xml")).contains("<mergeCell ref=\"A1:E1\"/>",
                "<mergeCell ref=\"F1:O1\"/>", "<mergeCell ref=\"F2:J2\"/>", "<mergeCell ref=\"K2:O2\"/>",
                "<mergeCell ref=\"A2:A3\"/>", "<mergeCell ref=\"E2:E3\"/>");
    }

    // ---- fixture

    static ReportTable tableFour() {
        return REPORT.tables().stream().filter(t -> t.section().equals(ReportTables.SECTION_4)).findFirst()
                .orElseThrow();
    }

    static AnnualReport report(Map<RemedyKind, Map<RemedyResult, Integer>> remedies) {
        Map<ApplicantType, Integer> none = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Integer> one = new EnumMap<>(ApplicantType.class);
        one.put(ApplicantType.COMMERCIAL, 1);
        YearFigures y = new YearFigures("361199000000", 2025, one, none,
                Map.of(org.doorstep.requests.Outcome.WITHHELD_STATE_SECRET, one), none, remedies);
        Figures f = new Figures(0, 0, 0, 1, 0, 1, 3, y, 0);
        return new AnnualReport(1, "361199000000", "青溪县人民政府", 2025, Map.of(), HandEntered.NONE, f,
                Instant.parse("2026-01-10T02:00:00Z"), null, ReportStatus.DRAFT, null, null, null, 0);
    }

    /** The texts of the header cells a figure's {@code headers} attribute names, in order. */
    static List<String> headerPath(Document page, Element cell) {
        List<String> path = new ArrayList<>();
        for (String id : cell.attr("headers").split(" ")) {
            path.add(page.getElementById(id).text());
        }
        return path;
    }

    static String sheetXml(byte[] xlsx, String entry) throws Exception {
        // The writer streams its archive (sizes after the data), which only a random-access reader takes.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("table-four", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
