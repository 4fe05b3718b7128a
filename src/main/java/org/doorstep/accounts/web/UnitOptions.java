package org.doorstep.accounts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.Division;
import org.doorstep.organization.Organization;
import org.springframework.stereotype.Component;

/** The units an administrator may assign accounts to: their own area's divisions and departments, as a tree. */
@Component
class UnitOptions {

    record UnitOption(String code, String label) {
    }

    private final Organization organization;

    UnitOptions(Organization organization) {
        this.organization = organization;
    }

    List<UnitOption> within(String scopeCode) {
        List<UnitOption> options = new ArrayList<>();
        for (Division d : organization.divisions()) {
            if (!organization.isWithin(d.code(), scopeCode)) {
                continue;
            }
            String indent = "　".repeat(d.level().ordinal());
            options.add(new UnitOption(d.code(), indent + d.name()));
            organization.departments(d.code()).forEach(dep ->
                    options.add(new UnitOption(dep.code(), indent + "　· " + dep.name())));
        }
        return options;
    }

    Map<String, String> names(String scopeCode) {
        Map<String, String> names = new LinkedHashMap<>();
        within(scopeCode).forEach(o -> names.put(o.code(), o.label().replace("　", "").replace("· ", "")));
        return names;
    }
}
