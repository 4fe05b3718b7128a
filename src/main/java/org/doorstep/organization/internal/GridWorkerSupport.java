package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.doorstep.organization.GridWorker;
import org.doorstep.organization.GridWorkerSaved;
import org.doorstep.platform.DomainChange;

final class GridWorkerSupport extends RecordSupport<GridWorker> {

    static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    GridWorkerSupport() {
        super(RecordKind.GRID_WORKER);
    }

    @Override
    public String code(GridWorker w) {
        return w.code();
    }

    /** The full phone number: this row feeds the export, which only system administrators may download. */
    @Override
    public Map<String, String> row(GridWorker w) {
        return row("gridCode", w.gridCode(), "seq", Integer.toString(w.seq()), "name", w.name(), "phone", w.phone());
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
