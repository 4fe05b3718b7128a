package org.doorstep.organization;

import org.doorstep.platform.DomainChange;

/** A department was created or changed. */
public record DepartmentSaved(String code, Department before, Department after) implements DomainChange {

    @Override
    public String action() {
        return before == null ? "organization.department.created" : "organization.department.updated";
    }

    @Override
    public String subject() {
        return code;
    }
}
