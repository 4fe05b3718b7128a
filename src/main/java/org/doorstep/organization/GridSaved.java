package org.doorstep.organization;

import org.doorstep.platform.DomainChange;

/** A grid was created or changed. */
public record GridSaved(String code, Grid before, Grid after) implements DomainChange {

    @Override
    public String action() {
        return before == null ? "organization.grid.created" : "organization.grid.updated";
    }

    @Override
    public String subject() {
        return code;
    }
}
