package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.doorstep.organization.Venue;
import org.doorstep.organization.VenueLevel;
import org.doorstep.organization.VenueSaved;
import org.doorstep.platform.DomainChange;

final class VenueSupport extends RecordSupport<Venue> {

    /** A land line with area code (and optional extension), a mobile number, or a short hotline such as 12345. */
    static final Pattern PHONE = Pattern.compile("0[0-9]{2,3}-[0-9]{7,8}(-[0-9]{1,6})?|1[3-9][0-9]{9}|[0-9]{5,6}");

    private static final Map<String, VenueLevel> LEVELS = new LinkedHashMap<>();

    static {
        Arrays.stream(VenueLevel.values()).forEach(l -> LEVELS.put(l.label(), l));
    }

    VenueSupport() {
        super(RecordKind.VENUE);
    }

    @Override
    public String code(Venue v) {
        return v.code();
    }

    @Override
    public Map<String, String> row(Venue v) {
        return row("divisionCode", v.divisionCode(), "shortCode", v.shortCode(), "name", v.name(), "level",
                v.level().label(), "address", v.address(), "openingHours", v.openingHours(), "phone", v.phone());
    }

    @Override
    String key(Map<String, String> values) {
        FieldReader r = new FieldReader(kind(), values, new ArrayList<>());
        String division = r.code("divisionCode", FieldReader.DIVISION_CODE, "");
        String shortCode = r.code("shortCode", FieldReader.SHORT_CODE, "");
        return r.ok() ? Venue.codeOf(division, shortCode) : null;
    }

    @Override
    Venue read(FieldReader r) {
        String division = r.code("divisionCode", FieldReader.DIVISION_CODE, "12 位区划代码");
        String shortCode = r.code("shortCode", FieldReader.SHORT_CODE, "2–12 位大写字母或数字并以字母开头，如 ZWFWZX");
        String name = r.text("name", 60);
        VenueLevel level = r.choice("level", LEVELS);
        String address = r.text("address", 200);
        String hours = r.text("openingHours", 200);
        String phone = r.phone("phone", PHONE, false, "固定电话（如 0793-1234567）、手机号或 12345 等服务热线");
        return r.ok() ? new Venue(Venue.codeOf(division, shortCode), division, shortCode, level, name, address, hours,
                phone) : null;
    }

    @Override
    void check(Venue v, OrgState state, List<Problem> problems) {
        if (requireKnown(state, RecordKind.DIVISION, v.divisionCode(), "divisionCode", "所属区划", problems)) {
            state.division(v.divisionCode()).filter(d -> !v.level().allowedAt(d.level())).ifPresent(d ->
                    problems.add(new Problem("level", v.level().label() + "应设在" + v.level().divisionLevel().label()
                            + "，「" + d.name() + "」是" + d.typeLabel())));
        }
        if (state.knows(RecordKind.DEPARTMENT, v.code())) {
            problems.add(new Problem("shortCode", "场所简码 " + v.shortCode() + " 已被本区划的部门使用"));
        }
        requireUniqueName(state.venues(), v.code(), v.name(), Venue::code, Venue::name,
                o -> o.divisionCode().equals(v.divisionCode()), "本区划", problems);
    }

    @Override
    DomainChange saved(Venue before, Venue after) {
        return new VenueSaved(after.code(), before, after);
    }

    @Override
    void upsert(OrganizationStore store, Venue v) {
        store.upsert(v);
    }

    @Override
    String codeField() {
        return "shortCode";
    }

    @Override
    public Map<String, String> defaults(String division, OrgState state) {
        String level = state.division(division).map(d -> switch (d.level()) {
            case COUNTY -> VenueLevel.CENTER;
            case TOWNSHIP -> VenueLevel.TOWN_CENTER;
            case VILLAGE -> VenueLevel.VILLAGE_STATION;
        }).map(VenueLevel::label).orElse("");
        return row("divisionCode", division, "level", level);
    }
}
