package org.doorstep.organization.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The six kinds of organisation records, each with the columns its console form and its workbook sheet share.
 * The declaration order is the import order: a record refers only to kinds declared before it.
 */
public enum RecordKind {

    DIVISION("divisions", "行政区划", "行政区划", "parentCode", Set.of("code", "parentCode"), List.of(
            Column.text("code", "区划代码", "12 位统计用区划代码：县 6 位 + 乡镇 3 位 + 村 3 位，如 361199101201"),
            Column.text("name", "名称", "如 梅林镇、上坊村"),
            Column.choice("type", "类型", List.of("县", "乡镇", "街道", "村", "社区")),
            Column.optional("parentCode", "上级区划代码", "县级不填；乡镇（街道）填所属县代码，村（社区）填所属乡镇代码"))),

    DEPARTMENT("departments", "部门", "部门", "divisionCode", Set.of("divisionCode", "shortCode"), List.of(
            Column.text("divisionCode", "所属区划代码", "县直部门填县代码，乡镇（街道）机构填乡镇代码"),
            Column.text("shortCode", "部门简码", "2–12 位大写字母或数字，以字母开头，本区划内唯一，如 SCJG"),
            Column.text("name", "部门名称", "如 青溪县市场监督管理局"),
            Column.text("organCode", "机关代码", "9 位数字或大写字母，用作索引号前缀，如 011199529"))),

    VENUE("venues", "服务场所", "服务场所", "divisionCode", Set.of("divisionCode", "shortCode"), List.of(
            Column.text("divisionCode", "所属区划代码", "政务服务中心在县，便民服务中心在乡镇（街道），便民服务站在村（社区），驿站不限"),
            Column.text("shortCode", "场所简码", "2–12 位大写字母或数字，以字母开头，不与本区划部门简码重复，如 ZWFWZX"),
            Column.text("name", "场所名称", "如 青溪县政务服务中心"),
            Column.choice("level", "场所层级", List.of("政务服务中心", "便民服务中心", "便民服务站", "政务服务驿站")),
            Column.text("address", "地址", "如 青溪县溪东街道人民路 88 号"),
            Column.text("openingHours", "办公时间", "如 周一至周五 8:30-12:00，14:30-17:30（法定节假日除外）"),
            Column.tel("phone", "联系电话", "固定电话（如 0793-1234567）、手机号或 12345 等服务热线", false))),

    WINDOW("windows", "窗口", "窗口", "venueCode", Set.of("venueCode", "number"), List.of(
            Column.text("venueCode", "场所编码", "所属区划代码-场所简码，如 361199000000-ZWFWZX"),
            Column.number("number", "窗口号", "1–999 的整数，如 3 表示 3号窗口"),
            Column.text("name", "窗口名称", "如 综合受理窗口、不动产登记专窗"),
            Column.choice("kind", "窗口类型", List.of("综合窗口", "专窗")),
            Column.optional("departmentCode", "专窗部门编码", "专窗可填所服务的部门：所属区划代码-部门简码，如 361199000000-SCJG；综合窗口不填"))),

    GRID("grids", "网格", "网格", "villageCode", Set.of("code", "villageCode"), List.of(
            Column.text("code", "网格编码", "15 位：所属村（社区）代码 + 3 位序号，如 361199001001001"),
            Column.text("name", "网格名称", "如 城东社区第1网格"),
            Column.text("villageCode", "所属村（社区）代码", "12 位村（社区）区划代码"))),

    GRID_WORKER("workers", "网格员", "网格员", "gridCode", Set.of("gridCode", "seq"), List.of(
            Column.text("gridCode", "网格编码", "15 位网格编码"),
            Column.number("seq", "序号", "1–99，同一网格内不重复"),
            Column.text("name", "称谓", "页面上显示的称呼，如 城东社区第1网格网格员"),
            Column.tel("phone", "手机号码", "11 位手机号；页面上只显示部分号码", true)));

    private final String path;
    private final String label;
    private final String sheet;
    private final String contextField;
    private final Set<String> keyFields;
    private final List<Column> columns;

    RecordKind(String path, String label, String sheet, String contextField, Set<String> keyFields,
            List<Column> columns) {
        this.path = path;
        this.label = label;
        this.sheet = sheet;
        this.contextField = contextField;
        this.keyFields = keyFields;
        this.columns = columns;
    }

    /** The URL segment of the console pages, e.g. {@code divisions}. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public String sheet() {
        return sheet;
    }

    /** The field a new record takes from the page it is created from (its parent, division, venue, village or grid). */
    public String contextField() {
        return contextField;
    }

    /** Fields that make up the record's code: fixed once the record exists. */
    public Set<String> keyFields() {
        return keyFields;
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The header shown for a field, or the field name itself if unknown. */
    public String header(String key) {
        return column(key).map(Column::header).orElse(key);
    }

    public static Optional<RecordKind> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
