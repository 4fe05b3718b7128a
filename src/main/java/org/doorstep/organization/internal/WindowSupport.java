package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.organization.Department;
import org.doorstep.organization.Venue;
import org.doorstep.organization.Window;
import org.doorstep.organization.WindowKind;
import org.doorstep.organization.WindowSaved;
import org.doorstep.platform.DomainChange;

final class WindowSupport extends RecordSupport<Window> {

    private static final Map<String, WindowKind> KINDS = new LinkedHashMap<>();

    static {
        for (WindowKind k : WindowKind.values()) {
            KINDS.put(k.label(), k);
        }
    }

    WindowSupport() {
        super(RecordKind.WINDOW);
    }

    @Override
    public String code(Window w) {
        return w.code();
    }

    @Override
    public Map<String, String> row(Window w) {
        return row("venueCode", w.venueCode(), "number", Integer.toString(w.number()), "name", w.name(), "kind",
                w.kind().label(), "departmentCode", w.departmentCode());
    }

    @Override
    String key(Map<String, String> values) {
        FieldReader r = new FieldReader(kind(), values, new ArrayList<>());
        String venue = r.code("venueCode", FieldReader.UNIT_CODE, "");
        Integer number = r.integer("number", 1, 999);
        return r.ok() ? Window.codeOf(venue, number) : null;
    }

    @Override
    Window read(FieldReader r) {
        String venue = r.code("venueCode", FieldReader.UNIT_CODE, "所属区划代码-场所简码，如 361199000000-ZWFWZX");
        Integer number = r.integer("number", 1, 999);
        String name = r.text("name", 60);
        WindowKind kind = r.choice("kind", KINDS);
        String department = r.optionalCode("departmentCode", FieldReader.UNIT_CODE,
                "所属区划代码-部门简码，如 361199000000-SCJG");
        return r.ok() ? new Window(Window.codeOf(venue, number), venue, number, name, kind, department) : null;
    }

    @Override
    void check(Window w, OrgState state, List<Problem> problems) {
        boolean venueKnown = requireKnown(state, RecordKind.VENUE, w.venueCode(), "venueCode", "服务场所", problems);
        if (w.departmentCode() == null) {
            return;
        }
        if (w.kind() == WindowKind.COMPREHENSIVE) {
            problems.add(new Problem("departmentCode", "综合窗口面向所有事项，不填写专窗部门"));
        } else if (requireKnown(state, RecordKind.DEPARTMENT, w.departmentCode(), "departmentCode", "部门", problems)
                && venueKnown) {
            Venue venue = state.venues().get(w.venueCode());
            Department department = state.departments().get(w.departmentCode());
            if (venue != null && department != null
                    && !state.divisionWithin(venue.divisionCode(), department.divisionCode())) {
                problems.add(new Problem("departmentCode", "专窗部门应为本场所所在区划或其上级区划的部门，「"
                        + department.name() + "」不是"));
            }
        }
    }

    @Override
    DomainChange saved(Window before, Window after) {
        return new WindowSaved(after.code(), before, after);
    }

    @Override
    void upsert(OrganizationStore store, Window w) {
        store.upsert(w);
    }

    @Override
    String codeField() {
        return "number";
    }

    /** 2号窗口 before 10号窗口. */
    @Override
    public java.util.Comparator<Window> order() {
        return java.util.Comparator.comparing(Window::venueCode).thenComparingInt(Window::number);
    }

    @Override
    public Map<String, String> defaults(String venue, OrgState state) {
        int next = nextNumber(state.windows().values().stream().filter(w -> w.venueCode().equals(venue))
                .mapToInt(Window::number));
        return row("venueCode", venue, "number", Integer.toString(next), "kind", WindowKind.COMPREHENSIVE.label());
    }

    /** A 专窗 may serve a department of the venue's division or of a division above it. */
    @Override
    public List<Option> options(String key, Map<String, String> values, OrgState state) {
        if (!key.equals("departmentCode")) {
            return super.options(key, values, state);
        }
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "（不指定）"));
        Optional.ofNullable(state.venues().get(values.get("venueCode"))).ifPresent(venue ->
                state.departments().values().stream()
                        .filter(d -> state.divisionWithin(venue.divisionCode(), d.divisionCode()))
                        .forEach(d -> options.add(new Option(d.code(), d.name()))));
        return options;
    }
}
