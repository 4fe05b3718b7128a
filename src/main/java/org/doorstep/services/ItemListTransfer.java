package org.doorstep.services;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.organization.Organization;
import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Workbooks;
import org.doorstep.platform.Workbooks.SheetRow;
import org.doorstep.platform.Workbooks.SheetSpec;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item list (事项清单) with every guide element and the implementation list, out to and in from an .xlsx
 * workbook of five sheets. An import checks every row against the same rules as the console and names each bad cell;
 * only a clean workbook is saved, in one transaction. Items not in the workbook are left as they are. Only a county
 * administrator imports.
 */
@Service
public class ItemListTransfer {

    /** A bad cell: sheet, row as Excel numbers it, column header, and what is wrong in Chinese. */
    public record ImportProblem(String sheet, int row, String column, String message) {
    }

    public record ImportReport(int created, int updated, int unchanged) {
    }

    /** The workbook was refused as a whole; nothing was saved. */
    public static final class ItemListRejected extends InvalidInputException {
        private final List<ImportProblem> problems;

        ItemListRejected(List<ImportProblem> problems) {
            super("file", "事项清单有 " + problems.size() + " 处错误，未导入任何事项，请修改后重新上传");
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }

    static final String ITEMS = "事项清单";
    static final String MATERIALS = "申请材料";
    static final String STEPS = "办理流程";
    static final String FAQS = "常见问题";
    static final String PLACES = "实施清单";
    static final String CODE = "事项编码";
    private static final String SEP = "、";
    private static final String YES = "是";
    private static final String NO = "否";
    private static final int MAX_ROWS = 20_000;

    private static final List<String> ITEM_HEADERS = List.of(CODE, "事项名称", "事项类型", "实施主体编码", "设定依据",
            "服务对象", "受理条件", "法定办结时限", "承诺办结时限", "收费标准", "办理结果", "送达方式", "办理地点", "办理时间",
            "到现场次数", "网上办理入口", "咨询方式", "监督投诉", "服务标签", "主题分类");
    private static final List<String> MATERIAL_HEADERS = List.of(CODE, "材料名称", "份数", "材料形式", "载体",
            "来源渠道", "提供空白表", "提供样表", "是否必需", "备注");
    private static final List<String> STEP_HEADERS = List.of(CODE, "环节名称", "办理人员", "办理内容", "环节时限");
    private static final List<String> FAQ_HEADERS = List.of(CODE, "问题", "解答");
    private static final List<String> PLACE_HEADERS = List.of(CODE, "实施单位编码", "场所层级");

    /** Where a rule of {@link ServiceCatalogue#check} points: the sheet and column an officer fixes. */
    private static final Map<String, String[]> FIELD_CELLS = Map.ofEntries(
            Map.entry("code", new String[] {ITEMS, CODE}), Map.entry("name", new String[] {ITEMS, "事项名称"}),
            Map.entry("departmentCode", new String[] {ITEMS, "实施主体编码"}),
            Map.entry("legalBasis", new String[] {ITEMS, "设定依据"}),
            Map.entry("conditions", new String[] {ITEMS, "受理条件"}),
            Map.entry("legalLimitDays", new String[] {ITEMS, "法定办结时限"}),
            Map.entry("promisedLimitDays", new String[] {ITEMS, "承诺办结时限"}),
            Map.entry("materials", new String[] {MATERIALS, "材料名称"}),
            Map.entry("steps", new String[] {STEPS, "环节名称"}), Map.entry("fee", new String[] {ITEMS, "收费标准"}),
            Map.entry("result", new String[] {ITEMS, "办理结果"}), Map.entry("deliveries", new String[] {ITEMS, "送达方式"}),
            Map.entry("place", new String[] {ITEMS, "办理地点"}), Map.entry("hours", new String[] {ITEMS, "办理时间"}),
            Map.entry("visits", new String[] {ITEMS, "到现场次数"}),
            Map.entry("onlineEntry", new String[] {ITEMS, "网上办理入口"}),
            Map.entry("consultation", new String[] {ITEMS, "咨询方式"}),
            Map.entry("complaint", new String[] {ITEMS, "监督投诉"}),
            Map.entry("implementations", new String[] {PLACES, "实施单位编码"}));

    private final ServiceCatalogue catalogue;
    private final Organization organization;
    private final Permissions permissions;

    ItemListTransfer(ServiceCatalogue catalogue, Organization organization, Permissions permissions) {
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.organization = organization;
    }

    private static List<SheetSpec> sheets() {
        return List.of(
                new SheetSpec(ITEMS, ITEM_HEADERS, Map.of(2, labels(ItemType.values(), ItemType::label), 5,
                        labels(ServiceTarget.values(), ServiceTarget::label))),
                new SheetSpec(MATERIALS, MATERIAL_HEADERS, Map.of(3, labels(MaterialForm.values(), MaterialForm::label),
                        6, List.of(YES, NO), 7, List.of(YES, NO), 8, List.of(YES, NO))),
                new SheetSpec(STEPS, STEP_HEADERS), new SheetSpec(FAQS, FAQ_HEADERS),
                new SheetSpec(PLACES, PLACE_HEADERS, Map.of(2, labels(VenueLevel.values(), VenueLevel::label))));
    }

    /** The sheets of the format, for tests that build workbooks. */
    static List<SheetSpec> sheetsForTest() {
        return sheets();
    }

    public byte[] export() {
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        for (ServiceItem i : catalogue.items()) {
            rowsOf(i, catalogue.implementations(i.code())).forEach((sheet, list) ->
                    rows.computeIfAbsent(sheet, k -> new ArrayList<>()).addAll(list));
        }
        return Workbooks.write(sheets(), rows, List.of(
                "一个工作簿导入全县的政务服务事项清单和实施清单。按「事项编码」新增或整体替换事项（含申请材料、流程、常见问题和实施清单），不删除工作簿中没有的事项。",
                "任何一处有误则整份不导入，并列出每个错误所在的工作表、行和列。同一事项在各实施地点使用同一份办事指南（无差别受理、同标准办理）。",
                "时限单位为工作日，0 表示即办；多个送达方式、服务标签、主题分类之间用「、」分隔。",
                "服务标签可选：" + String.join(SEP, labels(ServiceFlag.values(), ServiceFlag::label)) + "。",
                "送达方式可选：" + String.join(SEP, labels(Delivery.values(), Delivery::label)) + "。",
                "主题分类可选：" + String.join(SEP, labels(Theme.values(), Theme::label)) + "。",
                "实施主体编码、实施单位编码为组织机构中的编码（可从组织机构导出的工作簿中查到）。"), MAX_ROWS);
    }

    /** An item as the workbook shows it; also how an import tells an unchanged item from a changed one. */
    private static Map<String, List<List<String>>> rowsOf(ServiceItem i, List<Implementation> places) {
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        add(rows, ITEMS, List.of(i.code(), i.name(), i.type().label(), i.departmentCode(), i.legalBasis(),
                i.target().label(), i.conditions(), String.valueOf(i.legalLimitDays()),
                String.valueOf(i.promisedLimitDays()), i.fee(), i.result(), joined(i.deliveries(), Delivery::label),
                i.place(), i.hours(), String.valueOf(i.visits()), nz(i.onlineEntry()), i.consultation(),
                i.complaint(), joined(i.flags(), ServiceFlag::label), joined(i.themes(), Theme::label)));
        for (Material m : i.materials()) {
            add(rows, MATERIALS, List.of(i.code(), m.name(), String.valueOf(m.copies()), m.form().label(),
                    nz(m.format()), nz(m.source()), yesNo(m.blankForm()), yesNo(m.sample()), yesNo(m.required()),
                    nz(m.note())));
        }
        for (ProcessStep s : i.steps()) {
            add(rows, STEPS, List.of(i.code(), s.name(), nz(s.actor()), nz(s.description()),
                    String.valueOf(s.limitDays())));
        }
        for (Faq f : i.faqs()) {
            add(rows, FAQS, List.of(i.code(), f.question(), f.answer()));
        }
        places.stream().sorted(Comparator.comparing(Implementation::unitCode)).forEach(l ->
                add(rows, PLACES, List.of(i.code(), l.unitCode(), l.venueLevel().label())));
        return rows;
    }

    @Transactional
    public ImportReport importWorkbook(InputStream upload, StaffIdentity me) {
        // The list is county-wide: a township administrator must not replace the guides every township uses.
        if (!permissions.may(me, Permission.SERVICE_IMPORT)) {
            throw new AccessDeniedException("only county administrators import the item list");
        }
        Map<String, List<SheetRow>> book = Workbooks.read(Workbooks.readUpload(upload), sheets(), MAX_ROWS);
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, SheetRow> itemRows = new LinkedHashMap<>();
        for (SheetRow r : book.get(ITEMS)) {
            String code = r.get(CODE);
            SheetRow twice = itemRows.putIfAbsent(code, r);
            if (twice != null) {
                problems.add(new ImportProblem(ITEMS, r.number(), CODE, "事项编码 " + code + " 与第 " + twice.number()
                        + " 行重复"));
            }
        }
        if (itemRows.isEmpty()) {
            throw new InvalidInputException("file", "工作表「" + ITEMS + "」没有数据行");
        }
        Map<String, List<SheetRow>> children = new LinkedHashMap<>();
        for (String sheet : List.of(MATERIALS, STEPS, FAQS, PLACES)) {
            for (SheetRow r : book.get(sheet)) {
                if (!itemRows.containsKey(r.get(CODE))) {
                    problems.add(new ImportProblem(sheet, r.number(), CODE,
                            "事项编码 " + r.get(CODE) + " 不在「" + ITEMS + "」工作表中"));
                } else {
                    children.computeIfAbsent(sheet + "|" + r.get(CODE), k -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<ServiceItem, List<Implementation>> parsed = new LinkedHashMap<>();
        for (SheetRow r : itemRows.values()) {
            Cells cells = new Cells(problems);
            String code = r.get(CODE);
            List<SheetRow> materialRows = children.getOrDefault(MATERIALS + "|" + code, List.of());
            ServiceItem item = new ServiceItem(code, r.get("事项名称"),
                    cells.one(ITEMS, r, "事项类型", ItemType.values(), ItemType::label), r.get("实施主体编码"),
                    r.get("设定依据"), cells.one(ITEMS, r, "服务对象", ServiceTarget.values(), ServiceTarget::label),
                    r.get("受理条件"), materialRows.stream().map(m -> material(m, cells)).toList(),
                    children.getOrDefault(STEPS + "|" + code, List.of()).stream().map(s -> new ProcessStep(
                            s.get("环节名称"), blankToNull(s.get("办理人员")), blankToNull(s.get("办理内容")),
                            cells.number(STEPS, s, "环节时限")))
                            .toList(),
                    cells.number(ITEMS, r, "法定办结时限"), cells.number(ITEMS, r, "承诺办结时限"), r.get("收费标准"),
                    r.get("办理结果"), cells.many(ITEMS, r, "送达方式", Delivery.class, Delivery::label), r.get("办理地点"),
                    r.get("办理时间"), cells.number(ITEMS, r, "到现场次数"), blankToNull(r.get("网上办理入口")),
                    r.get("咨询方式"), r.get("监督投诉"),
                    children.getOrDefault(FAQS + "|" + code, List.of()).stream()
                            .map(f -> new Faq(f.get("问题"), f.get("解答"))).toList(),
                    cells.many(ITEMS, r, "服务标签", ServiceFlag.class, ServiceFlag::label),
                    cells.many(ITEMS, r, "主题分类", Theme.class, Theme::label));
            List<SheetRow> placeRows = children.getOrDefault(PLACES + "|" + code, List.of());
            List<Implementation> places = placeRows.stream().map(p -> new Implementation(code, p.get("实施单位编码"),
                    cells.one(PLACES, p, "场所层级", VenueLevel.values(), VenueLevel::label))).toList();
            if (!cells.failed) {
                FieldErrors errors = new FieldErrors();
                catalogue.check(item, places, errors);
                errors.asMap().forEach((field, message) -> problems.add(placeOf(field, message, r,
                        children, code)));
            }
            parsed.put(item, places);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((ImportProblem p) -> sheets().stream().map(SheetSpec::name).toList()
                    .indexOf(p.sheet())).thenComparingInt(ImportProblem::row));
            throw new ItemListRejected(problems);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<ServiceItem, List<Implementation>> e : parsed.entrySet()) {
            ServiceItem before = catalogue.find(e.getKey().code()).orElse(null);
            if (before != null && rowsOf(before, catalogue.implementations(before.code()))
                    .equals(rowsOf(e.getKey(), e.getValue()))) {
                unchanged++;
                continue;
            }
            catalogue.save(e.getKey(), e.getValue());
            if (before == null) {
                created++;
            } else {
                updated++;
            }
        }
        return new ImportReport(created, updated, unchanged);
    }

    /** The cell an officer fixes for a broken rule: the child row it concerns, else the item's own row. */
    private static ImportProblem placeOf(String field, String message, SheetRow itemRow,
            Map<String, List<SheetRow>> children, String code) {
        String[] at = FIELD_CELLS.getOrDefault(field, new String[] {ITEMS, CODE});
        String text = "事项 " + code + "：" + message;
        if (!at[0].equals(ITEMS)) {
            List<SheetRow> rows = children.getOrDefault(at[0] + "|" + code, List.of());
            SheetRow named = rows.stream().filter(c -> message.contains(" " + c.get(at[1]) + " ")).findFirst()
                    .orElse(rows.isEmpty() ? null : rows.get(0));
            if (named != null) {
                return new ImportProblem(at[0], named.number(), at[1], text);
            }
            return new ImportProblem(ITEMS, itemRow.number(), CODE, text);
        }
        return new ImportProblem(ITEMS, itemRow.number(), at[1], text);
    }

    private static Material material(SheetRow m, Cells cells) {
        return new Material(m.get("材料名称"), cells.number(MATERIALS, m, "份数"),
                cells.one(MATERIALS, m, "材料形式", MaterialForm.values(), MaterialForm::label),
                blankToNull(m.get("载体")), blankToNull(m.get("来源渠道")), cells.yes(MATERIALS, m, "提供空白表"),
                cells.yes(MATERIALS, m, "提供样表"), cells.yes(MATERIALS, m, "是否必需"), blankToNull(m.get("备注")));
    }

    /** Reads typed cells of one item, noting each unreadable one as a problem. */
    private static final class Cells {
        private final List<ImportProblem> problems;
        private boolean failed;

        Cells(List<ImportProblem> problems) {
            this.problems = problems;
        }

        private void reject(String sheet, SheetRow r, String column, String message) {
            problems.add(new ImportProblem(sheet, r.number(), column, message));
            failed = true;
        }

        int number(String sheet, SheetRow r, String column) {
            String v = r.get(column);
            if (!v.matches("\\d{1,3}")) {
                reject(sheet, r, column, column + "应为 0 到 999 的整数（单位：" + (column.contains("次数") ? "次" : "工作日")
                        + "）");
                return 0;
            }
            return Integer.parseInt(v);
        }

        boolean yes(String sheet, SheetRow r, String column) {
            String v = r.get(column);
            if (!v.equals(YES) && !v.equals(NO)) {
                reject(sheet, r, column, column + "应填写“是”或“否”");
            }
            return v.equals(YES);
        }

        <E> E one(String sheet, SheetRow r, String column, E[] values, Function<E, String> label) {
            E e = Arrays.stream(values).filter(v -> label.apply(v).equals(r.get(column))).findFirst().orElse(null);
            if (e == null) {
                reject(sheet, r, column, column + "应从下拉列表中选择：" + String.join(SEP, labels(values, label)));
            }
            return e;
        }

        <E extends Enum<E>> Set<E> many(String sheet, SheetRow r, String column, Class<E> type,
                Function<E, String> label) {
            EnumSet<E> set = EnumSet.noneOf(type);
            for (String part : r.get(column).split("[、,，;；\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                E e = Arrays.stream(type.getEnumConstants()).filter(v -> label.apply(v).equals(part)).findFirst()
                        .orElse(null);
                if (e == null) {
                    reject(sheet, r, column, column + "中的「" + part + "」无法识别，可选："
                            + String.join(SEP, labels(type.getEnumConstants(), label)));
                } else {
                    set.add(e);
                }
            }
            return set;
        }
    }

    private static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    private static <E> String joined(Set<E> values, Function<E, String> label) {
        return values.stream().map(label).collect(Collectors.joining(SEP));
    }

    private static void add(Map<String, List<List<String>>> rows, String sheet, List<String> row) {
        rows.computeIfAbsent(sheet, k -> new ArrayList<>()).add(row);
    }

    private static String yesNo(boolean b) {
        return b ? YES : NO;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
