package org.doorstep.organization.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.organization.Division;
import org.doorstep.organization.DivisionCodes;
import org.doorstep.organization.DivisionLevel;
import org.doorstep.organization.DivisionSaved;
import org.doorstep.platform.DomainChange;

final class DivisionSupport extends RecordSupport<Division> {

    private record Type(DivisionLevel level, boolean urban) {
    }

    private static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        for (DivisionLevel level : DivisionLevel.values()) {
            TYPES.put(Division.typeLabel(level, false), new Type(level, false));
            if (level != DivisionLevel.COUNTY) {
                TYPES.put(Division.typeLabel(level, true), new Type(level, true));
            }
        }
    }

    DivisionSupport() {
        super(RecordKind.DIVISION);
    }

    @Override
    public String code(Division d) {
        return d.code();
    }

    @Override
    public Map<String, String> row(Division d) {
        return row("code", d.code(), "name", d.name(), "type", d.typeLabel(), "parentCode", d.parentCode());
    }

    @Override
    String key(Map<String, String> values) {
        FieldReader r = new FieldReader(kind(), values, new java.util.ArrayList<>());
        return r.code("code", FieldReader.DIVISION_CODE, "12 位数字");
    }

    @Override
    Division read(FieldReader r) {
        String code = r.code("code", FieldReader.DIVISION_CODE, "12 位数字");
        if (code != null) {
            DivisionCodes.problem(code).ifPresent(p -> r.problem("code", p));
        }
        String name = r.text("name", 60);
        Type type = r.choice("type", TYPES);
        String parent = r.optionalCode("parentCode", FieldReader.DIVISION_CODE, "12 位数字");
        return r.ok() ? new Division(code, name, type.level(), type.urban(), parent) : null;
    }

    @Override
    void check(Division d, OrgState state, List<Problem> problems) {
        DivisionLevel shape = DivisionCodes.levelOf(d.code()).orElseThrow();
        if (shape != d.level()) {
            problems.add(new Problem("type", "区划代码 " + d.code() + " 是" + shape.label() + "级代码，与类型「"
                    + d.typeLabel() + "」不符"));
            return;
        }
        Optional<String> expected = DivisionCodes.parentOf(d.code());
        if (expected.isEmpty()) {
            if (d.parentCode() != null) {
                problems.add(new Problem("parentCode", "县级区划不填写上级区划代码"));
            }
        } else if (d.parentCode() == null) {
            problems.add(new Problem("parentCode", "请填写上级区划代码（应为 " + expected.get() + "）"));
        } else if (!d.parentCode().equals(expected.get())) {
            problems.add(new Problem("parentCode", "上级区划代码应为 " + expected.get() + "："
                    + (d.level() == DivisionLevel.TOWNSHIP ? "乡镇（街道）代码的前 6 位与所属县相同"
                            : "村（社区）代码的前 9 位与所属乡镇（街道）相同")));
        } else {
            requireKnown(state, RecordKind.DIVISION, d.parentCode(), "parentCode", "上级区划", problems);
        }
        requireUniqueName(state.divisions(), d.code(), d.name(), Division::code, Division::name,
                o -> java.util.Objects.equals(o.parentCode(), d.parentCode()), "同一上级区划下", problems);
    }

    @Override
    DomainChange saved(Division before, Division after) {
        return new DivisionSaved(after.code(), before, after);
    }

    @Override
    void upsert(OrganizationStore store, Division d) {
        store.upsert(d);
    }

    @Override
    String codeField() {
        return "code";
    }

    @Override
    public Map<String, String> defaults(String parent, OrgState state) {
        Optional<Division> p = state.division(parent);
        String type = p.map(d -> d.level() == DivisionLevel.COUNTY ? "乡镇" : "村").orElse("县");
        return row("parentCode", parent, "type", type);
    }

    @Override
    public List<Option> options(String key, Map<String, String> values, OrgState state) {
        if (!key.equals("type")) {
            return super.options(key, values, state);
        }
        // Under a county only 乡镇/街道 make sense, under a township only 村/社区, at the top only 县.
        Optional<DivisionLevel> level = state.division(values.get("parentCode"))
                .map(p -> p.level().childLevel().orElse(null));
        DivisionLevel wanted = values.getOrDefault("parentCode", "").isBlank() ? DivisionLevel.COUNTY : level.orElse(null);
        return TYPES.entrySet().stream().filter(e -> wanted == null || e.getValue().level() == wanted)
                .map(e -> new Option(e.getKey(), e.getKey())).toList();
    }
}
