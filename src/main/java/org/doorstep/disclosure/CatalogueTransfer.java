package org.doorstep.disclosure;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.doorstep.disclosure.internal.CatalogueWorkbook;
import org.doorstep.platform.Workbooks.SheetRow;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Workbooks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A government's standard catalogue out to and in from an .xlsx workbook (seed 002: an office loads ~500 items and
 * ~40 exempt ones at once). An import checks every row first and names each bad one; only a clean workbook is applied,
 * in one transaction, node by node through the same rules and history as the console.
 */
@Service
public class CatalogueTransfer {

    /** A bad cell: the row as Excel numbers it, the column header, and what is wrong in Chinese. */
    public record ImportProblem(int row, String column, String message) {
    }

    public record ImportReport(int added, int updated, int unchanged) {
    }

    /** The workbook was refused as a whole; nothing was imported. */
    public static final class CatalogueImportRejected extends InvalidInputException {
        private final List<ImportProblem> problems;

        CatalogueImportRejected(List<ImportProblem> problems) {
            super("file", "目录有 " + problems.size() + " 处错误，未导入任何栏目，请修改后重新上传");
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }

    private static final String PATH = CatalogueWorkbook.HEADERS.get(0);
    private static final String ATTRIBUTE = CatalogueWorkbook.HEADERS.get(8);
    private static final String GROUND = CatalogueWorkbook.HEADERS.get(9);

    private final Disclosure disclosure;

    CatalogueTransfer(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    public byte[] export(String divisionCode) {
        Map<Long, CatalogueNode> byId = new LinkedHashMap<>();
        disclosure.catalogue(divisionCode).forEach(n -> byId.put(n.id(), n));
        List<List<String>> rows = new ArrayList<>();
        for (CatalogueNode n : inTreeOrder(byId)) {
            rows.add(List.of(path(n, byId), n.content(), n.basis(), n.timeLimit(), n.subject(), n.method(),
                    n.channel(), n.audience(), n.attribute().label(),
                    n.exemptGround() == null ? "" : n.exemptGround().label()));
        }
        return CatalogueWorkbook.write(rows, Arrays.stream(DisclosureAttribute.values()).map(DisclosureAttribute::label)
                .toList(), Arrays.stream(ExemptGround.values()).map(ExemptGround::label).toList());
    }

    @Transactional
    public ImportReport importWorkbook(String divisionCode, InputStream upload, String reason, StaffIdentity me) {
        disclosure.requireCatalogueEditor(divisionCode, me);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "请填写调整原因");
        }
        List<SheetRow> rows = CatalogueWorkbook.read(Workbooks.readUpload(upload));
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "工作表「" + CatalogueWorkbook.SHEET + "」没有数据行");
        }
        Map<Long, CatalogueNode> byId = new LinkedHashMap<>();
        disclosure.catalogue(divisionCode).forEach(n -> byId.put(n.id(), n));
        Map<String, CatalogueNode> existing = new HashMap<>();
        byId.values().forEach(n -> existing.put(path(n, byId), n));

        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Planned> planned = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            plan(row, existing, planned, problems);
        }
        planned.values().forEach(p -> {
            String parent = p.parentPath();
            if (parent != null && !existing.containsKey(parent) && !planned.containsKey(parent)) {
                problems.add(new ImportProblem(p.row(), PATH, "上级栏目「" + parent + "」不存在，也不在本工作簿中"));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::row));
            throw new CatalogueImportRejected(problems);
        }
        return apply(divisionCode, planned, existing, reason.strip(), me);
    }

    private record Planned(int row, List<String> segments, CatalogueItem item) {
        String path() {
            return String.join(CatalogueWorkbook.PATH_SEPARATOR, segments);
        }

        String parentPath() {
            return segments.size() == 1 ? null
                    : String.join(CatalogueWorkbook.PATH_SEPARATOR, segments.subList(0, segments.size() - 1));
        }
    }

    private static void plan(SheetRow row, Map<String, CatalogueNode> existing, Map<String, Planned> planned,
            List<ImportProblem> problems) {
        int before = problems.size();
        List<String> segments = Arrays.stream(row.get(PATH).split(CatalogueWorkbook.PATH_SEPARATOR, -1))
                .map(String::strip).toList();
        if (segments.stream().anyMatch(String::isEmpty)) {
            problems.add(new ImportProblem(row.number(), PATH,
                    "栏目路径不能为空，各级栏目名称之间用 / 分隔，例如：法定主动公开内容/机构信息"));
            return;
        }
        DisclosureAttribute attribute = label(DisclosureAttribute.values(), row.get(ATTRIBUTE),
                DisclosureAttribute::label);
        ExemptGround ground = ground(row.get(GROUND));
        if (!row.get(ATTRIBUTE).isEmpty() && attribute == null) {
            problems.add(new ImportProblem(row.number(), ATTRIBUTE, "公开属性应为主动公开、依申请公开或不予公开"));
        }
        if (!row.get(GROUND).isEmpty() && ground == null) {
            problems.add(new ImportProblem(row.number(), GROUND, "不予公开依据应从下拉列表中选择（条例第十四、十五、十六条）"));
        } else if (ground != null && attribute != DisclosureAttribute.EXEMPT) {
            problems.add(new ImportProblem(row.number(), GROUND, "只有公开属性为「不予公开」的事项才填写不予公开依据"));
        }
        CatalogueItem item = new CatalogueItem(segments.get(segments.size() - 1),
                row.get(CatalogueWorkbook.HEADERS.get(1)), row.get(CatalogueWorkbook.HEADERS.get(2)),
                row.get(CatalogueWorkbook.HEADERS.get(3)), row.get(CatalogueWorkbook.HEADERS.get(4)),
                row.get(CatalogueWorkbook.HEADERS.get(5)), row.get(CatalogueWorkbook.HEADERS.get(6)),
                row.get(CatalogueWorkbook.HEADERS.get(7)), attribute, ground);
        Disclosure.check(item).asMap().forEach((field, message) -> {
            String column = switch (field) {
                case "attribute" -> ATTRIBUTE;
                case "exemptGround" -> GROUND;
                default -> PATH;
            };
            if (problems.stream().skip(before).noneMatch(p -> p.column().equals(column))) {
                problems.add(new ImportProblem(row.number(), column, message));
            }
        });
        Planned p = new Planned(row.number(), segments, item);
        Planned twice = planned.get(p.path());
        if (twice != null) {
            problems.add(new ImportProblem(row.number(), PATH, "栏目「" + p.path() + "」与第 " + twice.row() + " 行重复"));
        } else if (problems.size() == before) {
            planned.put(p.path(), p);
        } else {
            // Keep the path known, so its children are not also reported as orphans.
            planned.putIfAbsent(p.path(), p);
        }
    }

    private ImportReport apply(String divisionCode, Map<String, Planned> planned, Map<String, CatalogueNode> existing,
            String reason, StaffIdentity me) {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((path, node) -> ids.put(path, node.id()));
        List<Planned> parentsFirst = planned.values().stream()
                .sorted(Comparator.comparingInt((Planned p) -> p.segments().size())).toList();
        for (Planned p : parentsFirst) {
            CatalogueNode current = existing.get(p.path());
            if (current == null) {
                Long parentId = p.parentPath() == null ? null : ids.get(p.parentPath());
                ids.put(p.path(), disclosure.addNode(divisionCode, parentId, p.item(), reason, me).id());
                added++;
            } else if (differs(current, p.item())) {
                disclosure.updateNode(current.id(), p.item(), reason, me);
                updated++;
            } else {
                unchanged++;
            }
        }
        return new ImportReport(added, updated, unchanged);
    }

    private static boolean differs(CatalogueNode n, CatalogueItem i) {
        return !(n.content().equals(i.content()) && n.basis().equals(i.basis()) && n.timeLimit().equals(i.timeLimit())
                && n.subject().equals(i.subject()) && n.method().equals(i.method()) && n.channel().equals(i.channel())
                && n.audience().equals(i.audience()) && n.attribute() == i.attribute()
                && Objects.equals(n.exemptGround(), i.attribute() == DisclosureAttribute.EXEMPT ? i.exemptGround()
                        : null));
    }

    private static String path(CatalogueNode n, Map<Long, CatalogueNode> byId) {
        List<String> names = new ArrayList<>();
        for (CatalogueNode at = n; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            names.add(0, at.name());
        }
        return String.join(CatalogueWorkbook.PATH_SEPARATOR, names);
    }

    private static List<CatalogueNode> inTreeOrder(Map<Long, CatalogueNode> byId) {
        Map<Long, List<CatalogueNode>> children = new HashMap<>();
        List<CatalogueNode> roots = new ArrayList<>();
        for (CatalogueNode n : byId.values()) {
            if (n.parentId() == null || !byId.containsKey(n.parentId())) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<CatalogueNode> ordered = new ArrayList<>();
        walk(roots, children, ordered);
        return ordered;
    }

    private static void walk(List<CatalogueNode> level, Map<Long, List<CatalogueNode>> children,
            List<CatalogueNode> out) {
        level.stream().sorted(Comparator.comparingInt(CatalogueNode::position).thenComparingLong(CatalogueNode::id))
                .forEach(n -> {
                    out.add(n);
                    walk(children.getOrDefault(n.id(), List.of()), children, out);
                });
    }

    private static ExemptGround ground(String text) {
        ExemptGround byLabel = label(ExemptGround.values(), text, ExemptGround::label);
        if (byLabel != null || text.isEmpty()) {
            return byLabel;
        }
        // People also write just the article, as the 2019 regulation's own headings do.
        String t = text.replace("（", "(").replace("）", ")").replace(" ", "");
        if (t.startsWith("第十四条")) {
            return ExemptGround.ART14_SECRET;
        }
        if (t.startsWith("第十五条")) {
            return ExemptGround.ART15_THIRD_PARTY;
        }
        if (t.startsWith("第十六条")) {
            return t.contains("过程") || t.contains("执法") ? ExemptGround.ART16_PROCESS
                    : t.contains("内部") ? ExemptGround.ART16_INTERNAL : null;
        }
        return null;
    }

    private static <E> E label(E[] values, String text, java.util.function.Function<E, String> label) {
        return Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
    }
}
