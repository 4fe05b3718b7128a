package org.doorstep.organization;

import org.doorstep.platform.DomainChange;

/** A division was created or changed (name, 街道/社区 flag). */
public record DivisionSaved(String code, Division before, Division after) implements DomainChange {

    @Override
    public String action() {
        return before == null ? "organization.division.created" : "organization.division.updated";
    }

    @Override
    public String subject() {
        return code;
    }
}
