package org.doorstep.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.doorstep.platform.NotAWorkbookException;
import org.doorstep.organization.DemoCounty;
import org.doorstep.organization.Division;
import org.doorstep.organization.DivisionLevel;
import org.doorstep.organization.DivisionSaved;
import org.doorstep.organization.GridWorker;
import org.doorstep.organization.GridWorkerSaved;
import org.doorstep.organization.Organization;
import org.doorstep.organization.OrganizationImported;
import org.doorstep.organization.OrganizationImported.Counts;
import org.doorstep.organization.WindowKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The workbook import against the real database. Each test works in its own made-up county (codes 3699xx), so the
 * demo county stays as it is. MockMvc is configured only to share one test context with the web tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class OrganizationImportTest {

    @Autowired
    OrganizationImporter importer;

    @Autowired
    OrganizationExporter exporter;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /** A small but complete county in the demo table format; {@code %s} is the 6-digit county prefix. */
    static String county(String p, String countyName) {
        return """
                [行政区划]
                区划代码 | 名称 | 类型 | 上级区划代码
                %1$s000000 | %2$s | 县 |
                %1$s001000 | 试验街道 | 街道 | %1$s000000
                %1$s001001 | 试验社区 | 社区 | %1$s001000
                %1$s101000 | 试验镇 | 乡镇 | %1$s000000
                %1$s101201 | 试验村 | 村 | %1$s101000
                [部门]
                所属区划代码 | 部门简码 | 部门名称 | 机关代码
                %1$s000000 | MZ | %2$s民政局 | %1$s001
                %1$s101000 | ZF | 试验镇人民政府 | %1$s002
                [服务场所]
                所属区划代码 | 场所简码 | 场所名称 | 场所层级 | 地址 | 办公时间 | 联系电话
                %1$s000000 | ZX | %2$s政务服务中心 | 政务服务中心 | %2$s人民路1号 | 周一至周五 9:00-17:00 | 0793-0200001
                %1$s101000 | ZX | 试验镇便民服务中心 | 便民服务中心 | 试验镇街上1号 | 周一至周五 9:00-17:00 | 12345
                %1$s101201 | ZD | 试验村便民服务站 | 便民服务站 | 试验村村委会 | 周一至周五 9:00-17:00 | 13800009900
                %1$s001001 | YZ | 试验公园政务服务驿站 | 政务服务驿站 | 试验公园 | 每日 9:00-17:00 | 0793-0200002
                [窗口]
                场所编码 | 窗口号 | 窗口名称 | 窗口类型 | 专窗部门编码
                %1$s000000-ZX | 1 | 综合受理窗口 | 综合窗口 |
                %1$s000000-ZX | 2号窗口 | 民政专窗 | 专窗 | %1$s000000-MZ
                %1$s101000-ZX | 1 | 综合受理窗口 | 综合窗口 |
                [网格]
                网格编码 | 网格名称 | 所属村（社区）代码
                %1$s001001001 | 试验社区第1网格 | %1$s001001
                %1$s101201001 | 试验村第1网格 | %1$s101201
                [网格员]
                网格编码 | 序号 | 称谓 | 手机号码
                %1$s001001001 | 1 | 试验社区第1网格网格员 | 13800009901
                %1$s101201001 | 1 | 试验村第1网格网格员 | 138 0000 9902
                """.formatted(p, countyName);
    }

    static byte[] workbook(String table) {
        return CountyWorkbook.write(OrganizationDemoData.parse(table));
    }

    @Test
    void importsAWholeCountyAndAnnouncesEachRecord() {
        ImportReport report = importer.importWorkbook(workbook(county("369901", "试验一县")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(report.countyCode()).isEqualTo("369901000000");
        assertThat(report.counts()).containsEntry("行政区划", new Counts(5, 0, 0)).containsEntry("窗口", new Counts(3, 0, 0))
                .containsEntry("网格员", new Counts(2, 0, 0));

        assertThat(organization.children("369901000000")).extracting(Division::name).containsExactly("试验街道", "试验镇");
        assertThat(organization.division("369901001000")).get().extracting(Division::urban).isEqualTo(true);
        assertThat(organization.division("369901101201")).get().extracting(Division::level).isEqualTo(DivisionLevel.VILLAGE);
        assertThat(organization.windows("369901000000-ZX")).extracting(w -> w.number(), w -> w.kind(), w -> w.departmentCode())
                .containsExactly(tuple(1, WindowKind.COMPREHENSIVE, null), tuple(2, WindowKind.DEDICATED, "369901000000-MZ"));
        assertThat(organization.gridWorkers("369901101201001")).singleElement().extracting(GridWorker::phone)
                .isEqualTo("13800009902");
        assertThat(organization.isWithin("369901101201001", "369901101000")).isTrue();

        assertThat(events.stream(DivisionSaved.class).filter(e -> e.code().startsWith("369901"))).hasSize(5)
                .allMatch(e -> e.before() == null && e.action().equals("organization.division.created"));
        assertThat(events.stream(GridWorkerSaved.class).filter(e -> e.code().startsWith("369901")))
                .hasSize(2).allSatisfy(e -> assertThat(e.after().toString()).contains("138****99")
                        .doesNotContain("1380000990"));
        assertThat(events.stream(OrganizationImported.class)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("369901000000"));
    }

    @Test
    void importingAgainUpdatesByCodeAndLeavesTheRestAlone() {
        importer.importWorkbook(workbook(county("369902", "试验二县")));
        events.clear();

        String changed = county("369902", "试验二县").replace("试验镇便民服务中心 | 便民服务中心 | 试验镇街上1号",
                "试验镇便民服务中心 | 便民服务中心 | 试验镇新街8号");
        ImportReport again = importer.importWorkbook(workbook(changed));

        assertThat(again.imported()).isTrue();
        assertThat(again.counts().get("服务场所")).isEqualTo(new Counts(0, 1, 3));
        assertThat(again.counts().get("行政区划")).isEqualTo(new Counts(0, 0, 5));
        assertThat(organization.venue("369902101000-ZX")).get().satisfies(v -> assertThat(v.address()).isEqualTo("试验镇新街8号"));
        assertThat(events.stream(DivisionSaved.class)).isEmpty();
        assertThat(events.stream(org.doorstep.organization.VenueSaved.class)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("organization.venue.updated"));
    }

    @Test
    void rowsMayComeInAnyOrder() {
        String table = county("369903", "试验三县");
        String shuffled = table.replace("369903000000 | 试验三县 | 县 |\n", "")
                .replace("369903101201 | 试验村 | 村 | 369903101000\n",
                        "369903101201 | 试验村 | 村 | 369903101000\n369903000000 | 试验三县 | 县 |\n");
        ImportReport report = importer.importWorkbook(workbook(shuffled));
        assertThat(report.problems()).isEmpty();
        assertThat(organization.division("369903101201")).isPresent();
    }

    @Test
    void aWorkbookWithBadRowsReportsEachByRowAndColumnAndChangesNothing() {
        String table = county("369904", "试验四县")
                // 行政区划 row 4: 11 digits
                .replace("369904001001 | 试验社区 | 社区 |", "36990400100 | 试验社区 | 社区 |")
                // 行政区划 row 6: the parent is not the township the code says
                .replace("369904101201 | 试验村 | 村 | 369904101000", "369904101201 | 试验村 | 村 | 369904001000")
                // 部门 row 2: organ code too short; row 3: organ code of the demo 市场监督管理局
                .replace("MZ | 试验四县民政局 | 369904001", "MZ | 试验四县民政局 | 12")
                .replace("ZF | 试验镇人民政府 | 369904002", "ZF | 试验镇人民政府 | 361199012")
                // 服务场所 row 3: a 便民服务中心 at a village
                .replace("369904101000 | ZX | 试验镇便民服务中心", "369904101201 | ZX | 试验镇便民服务中心")
                // 窗口 row 4: no such venue
                .replace("369904101000-ZX | 1 |", "369904101000-XX | 1 |")
                // 网格员 row 3: not a mobile number
                .replace("138 0000 9902", "12345")
                // 部门: a department of another county
                + "";
        table = table.replace("[服务场所]", "361199000000 | WJ | 外县部门 | 369904009\n[服务场所]");
        Snapshot before = snapshot();

        ImportReport report = importer.importWorkbook(workbook(table));

        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .contains(
                        tuple("行政区划", 4, "区划代码"),
                        tuple("行政区划", 6, "上级区划代码"),
                        tuple("部门", 2, "机关代码"),
                        tuple("部门", 3, "机关代码"),
                        tuple("部门", 4, "所属区划代码"),
                        tuple("服务场所", 3, "场所层级"),
                        tuple("窗口", 4, "场所编码"),
                        tuple("网格员", 3, "手机号码"));
        assertThat(report.problems()).filteredOn(p -> p.sheet().equals("部门") && p.row() == 3).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("青溪县市场监督管理局"));
        assertThat(report.problems()).filteredOn(p -> p.sheet().equals("部门") && p.row() == 4).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("不属于本工作簿的县"));
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).containsPattern("[\\u4e00-\\u9fa5]"));
        // Reported in workbook order.
        assertThat(report.problems().get(0).sheet()).isEqualTo("行政区划");
        assertThat(report.problems().get(report.problems().size() - 1).sheet()).isEqualTo("网格员");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(organization.division("369904000000")).isEmpty();
        assertThat(events.stream(OrganizationImported.class)).isEmpty();
    }

    @Test
    void aWorkbookNeedsExactlyOneCountyAndNoDuplicateCodes() {
        String table = county("369905", "试验五县")
                .replace("369905001000 | 试验街道 | 街道 |", "369905001000 | 试验街道 | 街道 |")
                .replace("[部门]", "369905101201 | 试验村 | 村 | 369905101000\n[部门]");
        ImportReport duplicate = importer.importWorkbook(workbook(table));
        assertThat(duplicate.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .contains(tuple("行政区划", 7, "区划代码"));
        assertThat(duplicate.problems().get(0).message()).contains("与第 6 行重复");

        ImportReport noCounty = importer.importWorkbook(workbook(county("369905", "试验五县")
                .replace("369905000000 | 试验五县 | 县 |\n", "")));
        assertThat(noCounty.imported()).isFalse();
        assertThat(noCounty.problems()).extracting(ImportProblem::message)
                .anyMatch(m -> m.contains("只包含一个县级区划"));
    }

    @Test
    void missingSheetsAndColumnsAreReportedBeforeAnyRow() throws IOException {
        Map<RecordKind, List<Map<String, String>>> rows = OrganizationDemoData.parse(county("369906", "试验六县"));
        byte[] full = CountyWorkbook.write(rows);
        assertThat(CountyWorkbook.read(full).problems()).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
        org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("行政区划");
        ws.value(0, 0, "区划代码");
        ws.value(0, 1, "名称");
        wb.finish();
        ImportReport report = importer.importWorkbook(out.toByteArray());
        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::sheet, ImportProblem::column)
                .contains(tuple("行政区划", "类型"), tuple("行政区划", "上级区划代码"), tuple("部门", ""));
    }

    @Test
    void somethingThatIsNotAnXlsxIsRefused() throws IOException {
        byte[] text = "区划代码,名称\n361199000000,青溪县\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importer.importWorkbook(text)).isInstanceOf(NotAWorkbookException.class)
                .hasMessageContaining("不是 Excel 工作簿");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> importer.importWorkbook(zip.toByteArray())).isInstanceOf(NotAWorkbookException.class)
                .hasMessageContaining("无法作为 Excel 工作簿");

        byte[] truncated = java.util.Arrays.copyOf(workbook(county("369907", "试验七县")), 600);
        assertThatThrownBy(() -> importer.importWorkbook(truncated)).isInstanceOf(NotAWorkbookException.class);
        assertThat(organization.division("369907000000")).isEmpty();
    }

    @Test
    void uploadsOverTenMegabytesAreRefusedWithoutParsing() {
        byte[] big = new byte[(int) CountyWorkbook.MAX_BYTES + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        assertThatThrownBy(() -> importer.importWorkbook(new ByteArrayInputStream(big)))
                .isInstanceOf(NotAWorkbookException.class).hasMessageContaining("10 MB");
    }

    @Test
    void exportThenImportChangesNothingAndExportsTheSameAgain() {
        byte[] first = exporter.export(DemoCounty.COUNTY);
        Snapshot before = snapshot();

        ImportReport report = importer.importWorkbook(first);

        assertThat(report.problems()).isEmpty();
        assertThat(report.counts().values()).allSatisfy(c -> {
            assertThat(c.created()).isZero();
            assertThat(c.updated()).isZero();
        });
        Map<RecordKind, List<CountyWorkbook.SheetRow>> exported = CountyWorkbook.read(first).rows();
        for (RecordKind kind : RecordKind.values()) {
            assertThat(exported.get(kind)).as(kind.sheet()).isNotEmpty();
            assertThat(report.counts().get(kind.sheet()).unchanged()).as(kind.sheet()).isEqualTo(exported.get(kind).size());
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(CountyWorkbook.read(exporter.export(DemoCounty.COUNTY)).rows()).isEqualTo(exported);
        // Everything the demo table loaded comes back out, grid workers' phones masked; the import above kept them.
        assertThat(exported.get(RecordKind.GRID_WORKER)).anySatisfy(r ->
                assertThat(r.values()).containsEntry("gridCode", DemoCounty.CHENGDONG_GRID_1).containsEntry("phone", "138****0001"));
        assertThat(exported.get(RecordKind.WINDOW)).anySatisfy(r -> assertThat(r.values())
                .containsEntry("venueCode", DemoCounty.COUNTY_CENTER).containsEntry("number", "4")
                .containsEntry("kind", "专窗").containsEntry("departmentCode", DemoCounty.MARKET_REGULATION));
    }

    @Test
    void aMaskedPhoneStandsOnlyForTheStoredNumberItMasks() {
        importer.importWorkbook(workbook(county("369908", "试验八县")));

        // Worker 1 comes back as exported (masked), worker 2 with a masked number that is not the stored one.
        String masked = county("369908", "试验八县").replace("| 13800009901", "| 138****9901")
                .replace("| 138 0000 9902", "| 138****0000");
        ImportReport refused = importer.importWorkbook(workbook(masked));
        assertThat(refused.imported()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("网格员");
            assertThat(p.column()).isEqualTo("手机号码");
        });

        ImportReport kept = importer.importWorkbook(workbook(masked.replace("| 138****0000", "| 13900009903")));
        assertThat(kept.counts().get("网格员")).isEqualTo(new Counts(0, 1, 1));
        assertThat(organization.gridWorkers("369908001001001")).singleElement().extracting(GridWorker::phone)
                .isEqualTo("13800009901");
        assertThat(organization.gridWorkers("369908101201001")).singleElement().extracting(GridWorker::phone)
                .isEqualTo("13900009903");
    }

    @Test
    void theTemplateHasEverySheetWithHeadersAndNoRows() {
        CountyWorkbook.Content template = CountyWorkbook.read(exporter.template());
        assertThat(template.problems()).isEmpty();
        assertThat(template.rows()).containsOnlyKeys(RecordKind.values());
        assertThat(template.rows().values()).allMatch(List::isEmpty);
    }

    /** Everything in the organization tables, to prove a failed import changed nothing. */
    record Snapshot(List<Map<String, Object>> rows) {
    }

    Snapshot snapshot() {
        return new Snapshot(List.of("division", "department", "venue", "window", "grid", "grid_worker").stream()
                .flatMap(t -> jdbc.sql("select * from organization_" + t + " order by code").query().listOfRows()
                        .stream())
                .toList());
    }
}
