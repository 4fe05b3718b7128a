package org.doorstep.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Workbooks;
import org.doorstep.platform.Workbooks.SheetRow;
import org.doorstep.platform.Workbooks.SheetSpec;
import org.doorstep.services.ItemListTransfer.ImportProblem;
import org.doorstep.services.ItemListTransfer.ImportReport;
import org.doorstep.services.ItemListTransfer.ItemListRejected;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ItemListTransferTest {

    record Staff(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {
    }

    private static final Staff ADMIN = new Staff("t-admin-" + UUID.randomUUID(), "管理员", "SYSTEM_ADMIN",
            DemoCounty.COUNTY);

    @Autowired
    ItemListTransfer transfer;

    @Autowired
    ServiceCatalogue catalogue;

    /** The workbook as editable rows per sheet, in header order. */
    private static Map<String, List<List<String>>> editable(byte[] book) {
        Map<String, List<SheetRow>> read = Workbooks.read(book, ItemListTransfer.sheetsForTest(), 20_000);
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        for (SheetSpec spec : ItemListTransfer.sheetsForTest()) {
            List<List<String>> list = new ArrayList<>();
            for (SheetRow r : read.get(spec.name())) {
                list.add(new ArrayList<>(spec.headers().stream().map(r::get).toList()));
            }
            rows.put(spec.name(), list);
        }
        return rows;
    }

    private static byte[] write(Map<String, List<List<String>>> rows) {
        return Workbooks.write(ItemListTransfer.sheetsForTest(), rows, List.of(), 20_000);
    }

    private ImportReport load(byte[] book) {
        return transfer.importWorkbook(new ByteArrayInputStream(book), ADMIN);
    }

    private static List<String> copyOf(List<String> row, String code) {
        List<String> c = new ArrayList<>(row);
        c.set(0, code);
        return c;
    }

    private static int column(String sheet, String header) {
        return ItemListTransfer.sheetsForTest().stream().filter(s -> s.name().equals(sheet)).findFirst().orElseThrow()
                .headers().indexOf(header);
    }

    @Test
    void theExportedListImportsBackWithoutChangingAnyGuide() {
        List<ServiceItem> before = catalogue.items();
        Map<String, List<Implementation>> placesBefore = new HashMap<>();
        before.forEach(i -> placesBefore.put(i.code(), catalogue.implementations(i.code())));
        byte[] book = transfer.export();
        Map<String, List<List<String>>> rows = editable(book);
        assertThat(rows.get(ItemListTransfer.ITEMS)).hasSize(before.size());
        assertThat(rows.get(ItemListTransfer.MATERIALS).size()).isGreaterThan(before.size());

        ImportReport report = load(book);
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.unchanged()).isEqualTo(before.size());
        assertThat(catalogue.items()).containsExactlyElementsOf(before);
        before.forEach(i -> assertThat(catalogue.implementations(i.code())).isEqualTo(placesBefore.get(i.code())));
    }

    @Test
    void threeBadCellsAreNamedWithSheetRowAndColumnAndNothingChanges() {
        List<ServiceItem> before = catalogue.items();
        Map<String, List<List<String>>> rows = editable(transfer.export());
        List<String> first = rows.get(ItemListTransfer.ITEMS).get(0);
        // A valid new item slipped in beside the bad rows must not be created either.
        String extraCode = "QX-TEST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        rows.get(ItemListTransfer.ITEMS).add(copyOf(first, extraCode));
        for (String sheet : List.of(ItemListTransfer.MATERIALS, ItemListTransfer.STEPS, ItemListTransfer.PLACES)) {
            rows.get(sheet).addAll(rows.get(sheet).stream().filter(r -> r.get(0).equals(first.get(0)))
                    .map(r -> copyOf(r, extraCode)).toList());
        }
        first.set(column(ItemListTransfer.ITEMS, "承诺办结时限"), "999");
        // The bad 份数 goes on a material of another item: an item with a cell that cannot be read is not checked further.
        List<List<String>> materials = rows.get(ItemListTransfer.MATERIALS);
        int badMaterial = java.util.stream.IntStream.range(0, materials.size())
                .filter(i -> !materials.get(i).get(0).equals(first.get(0))).findFirst().orElseThrow();
        materials.get(badMaterial).set(column(ItemListTransfer.MATERIALS, "份数"), "两份");
        rows.get(ItemListTransfer.PLACES).add(List.of(first.get(0), "361199999999", "便民服务站"));
        int badPlaceRow = rows.get(ItemListTransfer.PLACES).size() + 1;

        assertThatThrownBy(() -> load(write(rows))).isInstanceOfSatisfying(ItemListRejected.class, e -> {
            assertThat(e.getMessage()).contains("3 处错误");
            assertThat(e.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ItemListTransfer.ITEMS, 2, "承诺办结时限"),
                            org.assertj.core.groups.Tuple.tuple(ItemListTransfer.MATERIALS, badMaterial + 2, "份数"),
                            org.assertj.core.groups.Tuple.tuple(ItemListTransfer.PLACES, badPlaceRow, "实施单位编码"));
            assertThat(e.problems().get(0).message()).contains("承诺办结时限不能超过法定办结时限");
        });
        assertThat(catalogue.items()).containsExactlyElementsOf(before);
        assertThat(catalogue.find(extraCode)).isEmpty();
    }

    @Test
    void aNewItemInTheWorkbookIsCreatedWithItsMaterialsAndPlaces() {
        Map<String, List<List<String>>> rows = editable(transfer.export());
        String code = "QX-TEST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> copy = new ArrayList<>(rows.get(ItemListTransfer.ITEMS).get(0));
        String source = copy.get(0);
        copy.set(0, code);
        copy.set(1, "导入测试事项");
        Map<String, List<List<String>>> only = new LinkedHashMap<>();
        only.put(ItemListTransfer.ITEMS, List.of(copy));
        for (String sheet : List.of(ItemListTransfer.MATERIALS, ItemListTransfer.STEPS, ItemListTransfer.FAQS,
                ItemListTransfer.PLACES)) {
            only.put(sheet, rows.get(sheet).stream().filter(r -> r.get(0).equals(source)).map(r -> copyOf(r, code))
                    .toList());
        }
        assertThat(load(write(only))).isEqualTo(new ImportReport(1, 0, 0));
        ServiceItem created = catalogue.item(code);
        ServiceItem original = catalogue.item(source);
        assertThat(created.name()).isEqualTo("导入测试事项");
        assertThat(created.materials()).isEqualTo(original.materials());
        assertThat(created.flags()).isEqualTo(original.flags());
        assertThat(catalogue.implementations(code)).hasSameSizeAs(catalogue.implementations(source));
    }

    @Test
    void onlyACountyAdministratorImportsAndANonWorkbookIsRefused() {
        Staff officer = new Staff("t-window", "窗口", "WINDOW_OFFICER", DemoCounty.COUNTY);
        byte[] book = transfer.export();
        assertThatThrownBy(() -> transfer.importWorkbook(new ByteArrayInputStream(book), officer))
                .isInstanceOf(AccessDeniedException.class);
        Staff townshipAdmin = new Staff("t-town-admin", "乡镇管理员", "SYSTEM_ADMIN", DemoCounty.MEILIN_TOWN);
        assertThatThrownBy(() -> transfer.importWorkbook(new ByteArrayInputStream(book), townshipAdmin))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> load("%PDF-1.4 not a workbook".getBytes()))
                .hasMessageContaining("不是 Excel 工作簿");
    }
}
