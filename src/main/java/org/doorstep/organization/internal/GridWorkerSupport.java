package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.doorstep.organization.GridWorker;
import org.doorstep.organization.GridWorkerSaved;
import org.doorstep.platform.DomainChange;
import org.doorstep.platform.Masking;

final class GridWorkerSupport extends RecordSupport<GridWorker> {

    static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern MASKED = Pattern.compile("1[3-9][0-9]\\*{4}[0-9]{4}");

    GridWorkerSupport() {
        super(RecordKind.GRID_WORKER);
    }

    @Override
    public String code(GridWorker w) {
        return w.code();
    }

    /** The full phone number, for the edit form; the export masks it ({@link #masked}). */
    @Override
    public Map<String, String> row(GridWorker w) {
        return row("gridCode", w.gridCode(), "seq", Integer.toString(w.seq()), "name", w.name(), "phone", w.phone());
    }

    /**
     * An exported row: the phone masked as on every page (a workbook is copied, mailed and left on desktops), e.g.
     * {@code 139****0102}. Imported back unchanged it keeps the stored number ({@link #unmasked}).
     */
    static Map<String, String> masked(Map<String, String> row) {
        Map<String, String> out = new java.util.LinkedHashMap<>(row);
        out.computeIfPresent("phone", (k, phone) -> Masking.maskPhone(phone));
        return out;
    }

    /**
     * Rows as read from a workbook, with each masked phone that matches the stored worker's number replaced by that
     * number, so that export → import changes nothing; a masked phone for a new worker or another number still fails
     * the phone check.
     */
    static List<CountyWorkbook.SheetRow> unmasked(List<CountyWorkbook.SheetRow> rows, OrgState stored) {
        GridWorkerSupport support = new GridWorkerSupport();
        return rows.stream().map(row -> {
            String phone = row.values().getOrDefault("phone", "").replace(" ", "");
            if (!MASKED.matcher(phone).matches()) {
                return row;
            }
            String code = support.key(row.values());
            GridWorker known = code == null ? null : stored.workers().get(code);
            if (known == null || !phone.equals(Masking.maskPhone(known.phone()))) {
                return row;
            }
            Map<String, String> values = new java.util.LinkedHashMap<>(row.values());
            values.put("phone", known.phone());
            return new CountyWorkbook.SheetRow(row.number(), values);
        }).toList();
    }

    @Override
    String key(Map<String, String> values) {
        FieldReader r = new FieldReader(kind(), values, new ArrayList<>());
        String grid = r.code("gridCode", FieldReader.GRID_CODE, "");
        Integer seq = r.integer("seq", 1, 99);
        return r.ok() ? GridWorker.codeOf(grid, seq) : null;
    }

    @Override
    GridWorker read(FieldReader r) {
        String grid = r.code("gridCode", FieldReader.GRID_CODE, "15 位网格编码");
        Integer seq = r.integer("seq", 1, 99);
        String name = r.text("name", 60);
        String phone = r.phone("phone", MOBILE, true, "11 位手机号");
        return r.ok() ? new GridWorker(GridWorker.codeOf(grid, seq), grid, seq, name, phone) : null;
    }

    @Override
    void check(GridWorker w, OrgState state, List<Problem> problems) {
        requireKnown(state, RecordKind.GRID, w.gridCode(), "gridCode", "网格", problems);
    }

    @Override
    DomainChange saved(GridWorker before, GridWorker after) {
        return new GridWorkerSaved(after.code(), before, after);
    }

    @Override
    void upsert(OrganizationStore store, GridWorker w) {
        store.upsert(w);
    }

    @Override
    String codeField() {
        return "seq";
    }

    @Override
    public Map<String, String> defaults(String grid, OrgState state) {
        int next = nextNumber(state.workers().values().stream().filter(w -> w.gridCode().equals(grid))
                .mapToInt(GridWorker::seq));
        String name = state.grids().containsKey(grid) ? state.grids().get(grid).name() + "网格员" : "";
        return row("gridCode", grid, "seq", Integer.toString(Math.min(next, 99)), "name", name);
    }
}
