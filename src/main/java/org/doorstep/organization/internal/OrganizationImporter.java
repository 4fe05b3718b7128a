package org.doorstep.organization.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.Division;
import org.doorstep.organization.OrganizationImported;
import org.doorstep.organization.OrganizationImported.Counts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a county workbook as an upsert by code in one transaction. Every row is checked first, against the
 * stored organisation overlaid with the whole workbook (so rows may refer to each other in any order); if any row
 * is wrong nothing is written and the report lists each problem by sheet, row and column.
 */
@Service
public class OrganizationImporter {

    private final OrganizationStore store;
    private final OrganizationWriter writer;
    private final ApplicationEventPublisher events;

    OrganizationImporter(OrganizationStore store, OrganizationWriter writer, ApplicationEventPublisher events) {
        this.store = store;
        this.writer = writer;
        this.events = events;
    }

    /** Reads the upload from its stream (never from a file); see {@link CountyWorkbook#read(InputStream)}. */
    @Transactional
    public ImportReport importWorkbook(InputStream upload) {
        return importContent(CountyWorkbook.read(upload));
    }

    @Transactional
    public ImportReport importWorkbook(byte[] workbook) {
        return importContent(CountyWorkbook.read(workbook));
    }

    private record Parsed(int row, Object record) {
    }

    private ImportReport importContent(CountyWorkbook.Content content) {
        if (!content.problems().isEmpty()) {
            return ImportReport.rejected(sorted(content.problems()));
        }
        store.lockForChange();
        OrgState stored = store.loadAll();
        OrgState merged = stored.copy();
        List<ImportProblem> problems = new ArrayList<>();
        Map<RecordKind, List<Parsed>> parsed = new LinkedHashMap<>();

        for (RecordKind kind : RecordKind.values()) {
            List<CountyWorkbook.SheetRow> rows = content.rows().get(kind);
            if (kind == RecordKind.GRID_WORKER) {
                rows = GridWorkerSupport.unmasked(rows, stored);
            }
            parsed.put(kind, readRows(kind, rows, merged, problems));
        }
        String county = county(content.rows().get(RecordKind.DIVISION), problems);
        for (RecordKind kind : RecordKind.values()) {
            check(kind, parsed.get(kind), merged, county, problems);
        }
        if (!problems.isEmpty()) {
            return ImportReport.rejected(sorted(problems));
        }

        Map<String, Counts> counts = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            counts.put(kind.sheet(), apply(RecordSupports.of(kind), parsed.get(kind), stored));
        }
        events.publishEvent(new OrganizationImported(county, counts));
        return ImportReport.done(county, counts);
    }

    /** Pass 1: parse each row and put it into the merged state, so that pass 2 sees the whole workbook. */
    private static <T> List<Parsed> readRows(RecordKind kind, List<CountyWorkbook.SheetRow> rows, OrgState merged,
            List<ImportProblem> problems) {
        RecordSupport<T> support = RecordSupports.of(kind);
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<Parsed> result = new ArrayList<>();
        for (CountyWorkbook.SheetRow row : rows) {
            List<Problem> rowProblems = new ArrayList<>();
            T record = support.parse(row.values(), rowProblems);
            String code = record != null ? support.code(record) : support.key(row.values());
            rowProblems.forEach(p -> problems.add(problem(kind, row.number(), p)));
            if (code == null) {
                continue;
            }
            Integer first = firstRowOf.putIfAbsent(code, row.number());
            if (first != null) {
                problems.add(new ImportProblem(kind.sheet(), row.number(), kind.header(support.codeField()),
                        "与第 " + first + " 行重复：编码 " + code + " 出现了两次"));
            }
            if (record != null) {
                merged.put(kind, code, record);
                result.add(new Parsed(row.number(), record));
            } else {
                merged.claim(kind, code);
            }
        }
        return result;
    }

    /** The one county row's code, or null (with a problem) if there is none or more than one. */
    private static String county(List<CountyWorkbook.SheetRow> rows, List<ImportProblem> problems) {
        RecordSupport<Division> support = RecordSupports.of(RecordKind.DIVISION);
        List<CountyWorkbook.SheetRow> counties = rows.stream()
                .filter(r -> "县".equals(r.values().getOrDefault("type", "").strip())).toList();
        if (counties.size() != 1) {
            problems.add(new ImportProblem(RecordKind.DIVISION.sheet(), counties.size() > 1 ? counties.get(1).number() : 0,
                    RecordKind.DIVISION.header("type"), "一个工作簿应包含且只包含一个县级区划（类型为“县”的行），现有 "
                            + counties.size() + " 个"));
            return null;
        }
        return support.key(counties.get(0).values());
    }

    /** Pass 2: the rules between records, and that every record lies within the workbook's county. */
    private static <T> void check(RecordKind kind, List<Parsed> rows, OrgState merged, String county,
            List<ImportProblem> problems) {
        RecordSupport<T> support = RecordSupports.of(kind);
        String scopeField = kind == RecordKind.DIVISION ? "code" : kind.contextField();
        for (Parsed p : rows) {
            @SuppressWarnings("unchecked")
            T record = (T) p.record();
            support.validate(record, merged, false).forEach(problem -> problems.add(problem(kind, p.row(), problem)));
            if (county != null && !support.code(record).startsWith(county.substring(0, 6))) {
                problems.add(new ImportProblem(kind.sheet(), p.row(), kind.header(scopeField),
                        "不属于本工作簿的县（" + county + "）：一个工作簿只导入一个县"));
            }
        }
    }

    private <T> Counts apply(RecordSupport<T> support, List<Parsed> rows, OrgState stored) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<Parsed> ordered = new ArrayList<>(rows);
        if (support.kind() == RecordKind.DIVISION) {
            // Parents before children, whatever the row order.
            ordered.sort(Comparator.comparing(p -> ((Division) p.record()).level()));
        }
        for (Parsed p : ordered) {
            @SuppressWarnings("unchecked")
            T record = (T) p.record();
            T before = support.in(stored).get(support.code(record));
            if (!writer.save(support, before, record)) {
                unchanged++;
            } else if (before == null) {
                created++;
            } else {
                updated++;
            }
        }
        return new Counts(created, updated, unchanged);
    }

    private static ImportProblem problem(RecordKind kind, int row, Problem p) {
        return new ImportProblem(kind.sheet(), row, kind.header(p.field()), p.message());
    }

    /** In workbook order: sheet, row, then column. */
    private static List<ImportProblem> sorted(List<ImportProblem> problems) {
        Map<String, Integer> sheetOrder = new HashMap<>();
        Map<String, Integer> columnOrder = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            sheetOrder.put(kind.sheet(), kind.ordinal());
            for (int i = 0; i < kind.columns().size(); i++) {
                columnOrder.put(kind.sheet() + "/" + kind.columns().get(i).header(), i);
            }
        }
        return problems.stream().sorted(Comparator
                .comparing((ImportProblem p) -> sheetOrder.getOrDefault(p.sheet(), 99))
                .thenComparingInt(ImportProblem::row)
                .thenComparing(p -> columnOrder.getOrDefault(p.sheet() + "/" + p.column(), 99))).toList();
    }
}
