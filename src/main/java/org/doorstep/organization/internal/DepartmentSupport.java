package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.doorstep.organization.Department;
import org.doorstep.organization.DepartmentSaved;
import org.doorstep.organization.DivisionLevel;
import org.doorstep.platform.DomainChange;

final class DepartmentSupport extends RecordSupport<Department> {

    /** 9 characters like 组织机构代码; a hyphen before the check character (01119952-9) is dropped. */
    private static final Pattern ORGAN_CODE = Pattern.compile("[0-9A-Z]{8}-?[0-9A-Z]");

    DepartmentSupport() {
        super(RecordKind.DEPARTMENT);
    }

    @Override
    public String code(Department d) {
        return d.code();
    }

    @Override
    public Map<String, String> row(Department d) {
        return row("divisionCode", d.divisionCode(), "shortCode", d.shortCode(), "name", d.name(), "organCode",
                d.organCode());
    }

    @Override
    String key(Map<String, String> values) {
        FieldReader r = new FieldReader(kind(), values, new ArrayList<>());
        String division = r.code("divisionCode", FieldReader.DIVISION_CODE, "12 位数字");
        String shortCode = r.code("shortCode", FieldReader.SHORT_CODE, "");
        return r.ok() ? Department.codeOf(division, shortCode) : null;
    }

    @Override
    Department read(FieldReader r) {
        String division = r.code("divisionCode", FieldReader.DIVISION_CODE, "12 位区划代码");
        String shortCode = r.code("shortCode", FieldReader.SHORT_CODE, "2–12 位大写字母或数字并以字母开头，如 SCJG");
        String name = r.text("name", 60);
        String organ = r.code("organCode", ORGAN_CODE, "9 位数字或大写字母，如 011199529");
        return r.ok() ? new Department(Department.codeOf(division, shortCode), division, shortCode, name,
                organ.replace("-", "")) : null;
    }

    @Override
    void check(Department d, OrgState state, List<Problem> problems) {
        if (requireKnown(state, RecordKind.DIVISION, d.divisionCode(), "divisionCode", "所属区划", problems)) {
            state.division(d.divisionCode()).filter(div -> div.level() == DivisionLevel.VILLAGE).ifPresent(div ->
                    problems.add(new Problem("divisionCode", "部门应隶属于县或乡镇（街道），「" + div.name() + "」是"
                            + div.typeLabel())));
        }
        if (state.knows(RecordKind.VENUE, d.code())) {
            problems.add(new Problem("shortCode", "部门简码 " + d.shortCode() + " 已被本区划的服务场所使用"));
        }
        state.departments().values().stream()
                .filter(o -> !o.code().equals(d.code()) && o.organCode().equals(d.organCode()))
                .findFirst()
                .ifPresent(o -> problems.add(new Problem("organCode", "机关代码 " + d.organCode() + " 已被「" + o.name()
                        + "」（" + o.code() + "）使用")));
        requireUniqueName(state.departments(), d.code(), d.name(), Department::code, Department::name,
                o -> o.divisionCode().equals(d.divisionCode()), "本区划", problems);
    }

    @Override
    DomainChange saved(Department before, Department after) {
        return new DepartmentSaved(after.code(), before, after);
    }

    @Override
    void upsert(OrganizationStore store, Department d) {
        store.upsert(d);
    }

    @Override
    String codeField() {
        return "shortCode";
    }
}
