package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.doorstep.disclosure.CatalogueTransfer.CatalogueImportRejected;
import org.doorstep.disclosure.CatalogueTransfer.ImportProblem;
import org.doorstep.disclosure.CatalogueTransfer.ImportReport;
import org.doorstep.disclosure.internal.CatalogueWorkbook;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.NotAWorkbookException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Seed 002: an office loads a catalogue of ~500 items with ~40 exempt ones, row by row checked, all or nothing. */
@SpringBootTest
class CatalogueTransferTest {

    private static final String TOWN = DemoCounty.ZHUSHAN_TOWNSHIP;
    private static final String[] DOMAINS = {"乡村振兴", "社会救助", "涉农补贴", "养老服务", "就业创业", "义务教育",
        "生态环境", "安全生产", "财政预决算"};

    @Autowired
    CatalogueTransfer transfer;

    @Autowired
    Disclosure disclosure;

    private final Officer officer = Officer.officer(TOWN);

    /** 500 rows under a fresh top-level node: 1 root, 9 domains, 490 items of which 40 are exempt. */
    private static List<List<String>> fiveHundredItems(String root) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(root, "主动公开", ""));
        for (String d : DOMAINS) {
            rows.add(row(root + "/" + d, "主动公开", ""));
        }
        for (int i = 0; i < 490; i++) {
            String domain = DOMAINS[i % DOMAINS.length];
            boolean exempt = i % 12 == 5 && i < 12 * 40;
            rows.add(row(root + "/" + domain + "/" + domain + "事项" + (i + 1), exempt ? "不予公开" : "主动公开",
                    exempt ? (i % 2 == 0 ? ExemptGround.ART15_THIRD_PARTY.label() : "第十六条（过程性信息）") : ""));
        }
        return rows;
    }

    private static List<String> row(String path, String attribute, String ground) {
        return List.of(path, "公开" + path.substring(path.lastIndexOf('/') + 1) + "的办理依据、条件、程序和结果",
                "《中华人民共和国政府信息公开条例》", "信息形成或变更之日起 20 个工作日内", "竹山乡人民政府",
                "主动公开", "政府网站、政务公开栏", "全社会", attribute, ground);
    }

    private static byte[] workbook(List<List<String>> rows) {
        return CatalogueWorkbook.write(rows, List.of("主动公开", "依申请公开", "不予公开"),
                List.of(ExemptGround.ART14_SECRET.label()));
    }

    private ImportReport load(List<List<String>> rows) {
        return transfer.importWorkbook(TOWN, new ByteArrayInputStream(workbook(rows)), "按年度目录编制结果批量导入", officer);
    }

    private List<String> children(String rootName) {
        return disclosure.catalogue(TOWN).stream().map(CatalogueNode::name).filter(n -> n.startsWith(rootName))
                .toList();
    }

    @Test
    void fiveHundredItemsWithThreeBadRowsAreRejectedWithThoseRowsNamedAndTheCorrectedFileImports() {
        String root = "导入测试" + UUID.randomUUID().toString().substring(0, 8);
        int before = disclosure.catalogue(TOWN).size();
        List<List<String>> rows = new ArrayList<>(fiveHundredItems(root));
        assertThat(rows).hasSize(500);
        List<List<String>> good = List.copyOf(rows);
        // Excel row numbers: the header is row 1, so list index i is row i + 2.
        rows.set(20, row(rows.get(20).get(0), "公开", ""));
        rows.set(200, row(rows.get(200).get(0), "不予公开", ""));
        rows.set(450, row(root + "/没有这个栏目/事项", "主动公开", ""));

        assertThatThrownBy(() -> load(rows)).isInstanceOfSatisfying(CatalogueImportRejected.class, e -> {
            assertThat(e.getMessage()).contains("3 处错误", "未导入任何栏目");
            assertThat(e.problems()).extracting(ImportProblem::row).containsExactly(22, 202, 452);
            assertThat(e.problems()).extracting(ImportProblem::column)
                    .containsExactly("公开属性", "不予公开依据", "栏目路径");
            assertThat(e.problems().get(2).message()).contains("上级栏目「" + root + "/没有这个栏目」不存在");
        });
        assertThat(disclosure.catalogue(TOWN)).hasSize(before);

        ImportReport report = load(good);
        assertThat(report).isEqualTo(new ImportReport(500, 0, 0));
        List<CatalogueNode> after = disclosure.catalogue(TOWN);
        assertThat(after).hasSize(before + 500);
        long exempt = after.stream().filter(n -> n.attribute() == DisclosureAttribute.EXEMPT)
                .filter(n -> n.content().contains("事项")).filter(n -> n.exemptGround() != null).count();
        assertThat(exempt).isGreaterThanOrEqualTo(40);
        assertThat(after.stream().filter(n -> n.exemptGround() == ExemptGround.ART16_PROCESS)).isNotEmpty();
        assertThat(disclosure.catalogueHistory(TOWN)).extracting(CatalogueRevision::reason)
                .contains("按年度目录编制结果批量导入");
    }

    @Test
    void anExportImportsBackUnchangedAndAnEditedCellIsAnUpdate() throws Exception {
        String root = "往返测试" + UUID.randomUUID().toString().substring(0, 8);
        load(List.of(row(root, "主动公开", ""), row(root + "/预算公开", "主动公开", ""),
                row(root + "/内部事务", "不予公开", ExemptGround.ART16_INTERNAL.label())));
        byte[] exported = transfer.export(TOWN);
        List<org.doorstep.platform.Workbooks.SheetRow> read = CatalogueWorkbook.read(exported);
        assertThat(read).extracting(r -> r.get("栏目路径")).contains(root, root + "/预算公开", root + "/内部事务",
                "政府信息公开指南");
        assertThat(read.stream().filter(r -> r.get("栏目路径").equals(root + "/内部事务")).findFirst().orElseThrow()
                .get("不予公开依据")).isEqualTo(ExemptGround.ART16_INTERNAL.label());

        ImportReport again = transfer.importWorkbook(TOWN, new ByteArrayInputStream(exported), "复核", officer);
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(read.size());

        ImportReport edited = load(List.of(row(root + "/预算公开", "依申请公开", "")));
        assertThat(edited).isEqualTo(new ImportReport(0, 1, 0));
        assertThat(children(root)).hasSize(1);
        assertThat(disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("预算公开")).findFirst()
                .orElseThrow().attribute()).isEqualTo(DisclosureAttribute.ON_REQUEST);
    }

    @Test
    void anotherGovernmentsOfficerCannotImportAndANonWorkbookIsRefused() {
        byte[] book = workbook(List.of(row("越权测试", "主动公开", "")));
        Officer county = Officer.officer(DemoCounty.SHIQIAO_TOWN);
        assertThatThrownBy(() -> transfer.importWorkbook(TOWN, new ByteArrayInputStream(book), "导入", county))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transfer.importWorkbook(TOWN,
                new ByteArrayInputStream("MZ this is an exe".getBytes()), "导入", officer))
                .isInstanceOf(NotAWorkbookException.class).hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> transfer.importWorkbook(TOWN, new ByteArrayInputStream(book), " ", officer))
                .hasMessage("请填写调整原因");
        assertThat(children("越权测试")).isEmpty();
    }

    @Test
    void duplicateAndEmptyPathsAreNamedAndMarkupInANameStaysText() {
        String root = "<img src=x onerror=alert(1)>" + UUID.randomUUID().toString().substring(0, 4);
        assertThatThrownBy(() -> load(List.of(row(root, "主动公开", ""), row(root, "主动公开", ""),
                row(root + "//空", "主动公开", ""))))
                .isInstanceOfSatisfying(CatalogueImportRejected.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "栏目「" + root + "」与第 2 行重复"),
                                org.assertj.core.groups.Tuple.tuple(4,
                                        "栏目路径不能为空，各级栏目名称之间用 / 分隔，例如：法定主动公开内容/机构信息")));
        load(List.of(row(root, "主动公开", "")));
        assertThat(children("<img")).contains(root);
    }
}
