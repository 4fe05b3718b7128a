package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.DivisionLevel;
import org.doorstep.organization.Grid;
import org.doorstep.organization.GridSaved;
import org.doorstep.platform.DomainChange;

final class GridSupport extends RecordSupport<Grid> {

    GridSupport() {
        super(RecordKind.GRID);
    }

    @Override
    public String code(Grid g) {
        return g.code();
    }

    @Override
    public Map<String, String> row(Grid g) {
        return row("code", g.code(), "name", g.name(), "villageCode", g.villageCode());
    }

    @Override
    String key(Map<String, String> values) {
        return new FieldReader(kind(), values, new ArrayList<>()).code("code", FieldReader.GRID_CODE, "");
    }

    @Override
    Grid read(FieldReader r) {
        String code = r.code("code", FieldReader.GRID_CODE, "15 位数字：村（社区）代码 + 3 位序号");
        String name = r.text("name", 60);
        String village = r.code("villageCode", FieldReader.DIVISION_CODE, "12 位村（社区）区划代码");
        return r.ok() ? new Grid(code, name, village) : null;
    }

    @Override
    void check(Grid g, OrgState state, List<Problem> problems) {
        if (requireKnown(state, RecordKind.DIVISION, g.villageCode(), "villageCode", "村（社区）", problems)) {
            state.division(g.villageCode()).filter(d -> d.level() != DivisionLevel.VILLAGE).ifPresent(d ->
                    problems.add(new Problem("villageCode", "网格应属于村（社区），「" + d.name() + "」是" + d.typeLabel())));
        }
        if (!g.code().startsWith(g.villageCode()) || g.code().endsWith("000")) {
            problems.add(new Problem("code", "网格编码应为所属村（社区）代码 " + g.villageCode() + " 加 3 位序号（001–999）"));
        }
        requireUniqueName(state.grids(), g.code(), g.name(), Grid::code, Grid::name,
                o -> o.villageCode().equals(g.villageCode()), "本村（社区）", problems);
    }

    @Override
    DomainChange saved(Grid before, Grid after) {
        return new GridSaved(after.code(), before, after);
    }

    @Override
    void upsert(OrganizationStore store, Grid g) {
        store.upsert(g);
    }

    @Override
    String codeField() {
        return "code";
    }

    @Override
    public Map<String, String> defaults(String village, OrgState state) {
        int next = nextNumber(state.grids().values().stream().filter(g -> g.villageCode().equals(village))
                .mapToInt(g -> Integer.parseInt(g.code().substring(12))));
        return row("villageCode", village, "code", village + String.format("%03d", Math.min(next, 999)));
    }
}
