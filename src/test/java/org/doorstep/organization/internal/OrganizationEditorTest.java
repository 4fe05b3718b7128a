package org.doorstep.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The hierarchy rules, checked against the demo county. Every change tried here is refused, so the demo county
 * stays as it is. MockMvc is configured only to share one test context with the web tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationEditorTest {

    @Autowired
    OrganizationEditor editor;

    @Test
    void aTownshipMustShareTheCountysDigitsAndAVillageItsTownships() {
        refused(() -> editor.create(RecordKind.DIVISION, Map.of("code", "361198105000", "name", "邻县镇", "type", "乡镇",
                "parentCode", DemoCounty.COUNTY)), "parentCode", "上级区划代码应为 361198000000");
        refused(() -> editor.create(RecordKind.DIVISION, Map.of("code", "361199102209", "name", "错挂村", "type", "村",
                "parentCode", DemoCounty.MEILIN_TOWN)), "parentCode", "上级区划代码应为 361199102000");
        refused(() -> editor.create(RecordKind.DIVISION, Map.of("code", "361199105000", "name", "无上级镇", "type", "乡镇",
                "parentCode", "")), "parentCode", "请填写上级区划代码");
        refused(() -> editor.create(RecordKind.DIVISION, Map.of("code", "361199301201", "name", "孤村", "type", "村",
                "parentCode", "361199301000")), "parentCode", "上级区划 361199301000 不存在");
        refused(() -> editor.create(RecordKind.DIVISION, Map.of("code", "361199000000", "name", "重复县", "type", "县",
                "parentCode", "")), "code", "已存在");
        refused(() -> editor.create(RecordKind.DIVISION, Map.of("code", "361199101299", "name", "上坊村", "type", "村",
                "parentCode", DemoCounty.MEILIN_TOWN)), "name", "同一上级区划下已有同名");
        refused(() -> editor.create(RecordKind.DIVISION, Map.of("code", "361199000000", "name", "青溪县", "type", "县",
                "parentCode", "361100000000")), "parentCode", "县级区划不填写上级区划代码");
    }

    @Test
    void departmentsVenuesWindowsAndGridsSitAtTheRightLevel() {
        refused(() -> editor.create(RecordKind.DEPARTMENT, Map.of("divisionCode", DemoCounty.SHANGFANG_VILLAGE,
                "shortCode", "CWH", "name", "村委会", "organCode", "369990001")), "divisionCode", "部门应隶属于县或乡镇");
        refused(() -> editor.create(RecordKind.VENUE, Map.of("divisionCode", DemoCounty.COUNTY, "shortCode", "SCJG",
                "name", "撞码场所", "level", "政务服务驿站", "address", "某地", "openingHours", "每日", "phone", "12345")),
                "shortCode", "已被本区划的部门使用");
        refused(() -> editor.create(RecordKind.VENUE, Map.of("divisionCode", DemoCounty.MEILIN_TOWN, "shortCode", "ZX2",
                "name", "镇里的政务服务中心", "level", "政务服务中心", "address", "某地", "openingHours", "每日",
                "phone", "12345")), "level", "政务服务中心应设在县");
        refused(() -> editor.create(RecordKind.WINDOW, Map.of("venueCode", DemoCounty.MEILIN_CENTER, "number", "9",
                "name", "错部门专窗", "kind", "专窗", "departmentCode", DemoCounty.SHIQIAO_GOVERNMENT)),
                "departmentCode", "本场所所在区划或其上级区划的部门");
        refused(() -> editor.create(RecordKind.GRID, Map.of("code", "361199101202009", "name", "错码网格",
                "villageCode", DemoCounty.SHANGFANG_VILLAGE)), "code", "网格编码应为所属村（社区）代码 361199101201");
        refused(() -> editor.create(RecordKind.GRID, Map.of("code", "361199101000001", "name", "镇级网格",
                "villageCode", DemoCounty.MEILIN_TOWN)), "villageCode", "网格应属于村（社区）");
        refused(() -> editor.create(RecordKind.GRID_WORKER, Map.of("gridCode", "361199101201009", "seq", "1",
                "name", "无网格网格员", "phone", "13800009999")), "gridCode", "网格 361199101201009 不存在");
        refused(() -> editor.create(RecordKind.DEPARTMENT, Map.of("divisionCode", DemoCounty.COUNTY, "shortCode",
                "TJJ", "name", "青溪县统计局", "organCode", "361199013")), "organCode", "已被「青溪县民政局」");
    }

    @Test
    void editingAnUnknownRecordIsNotFoundAndEveryProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> editor.update(RecordKind.DEPARTMENT, "361199000000-NOPE", Map.of()))
                .isInstanceOf(NotFoundException.class);
        InvalidRecordException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidRecordException.class,
                () -> editor.create(RecordKind.VENUE, Map.of("divisionCode", "12", "shortCode", "", "name",
                        "x".repeat(61), "level", "服务大厅", "address", "某地\n二楼", "openingHours", "", "phone", "abc")));
        assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder("divisionCode", "shortCode",
                "name", "level", "address", "openingHours", "phone");
        assertThat(e.problems()).extracting(Problem::message).contains("名称不能超过 60 个字".replace("名称", "场所名称"),
                "请填写场所简码", "请填写办公时间");
    }

    private static void refused(ThrowingCallable change, String field, String message) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidRecordException.class, e ->
                assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.field()).isEqualTo(field);
                    assertThat(p.message()).contains(message);
                }));
    }
}
