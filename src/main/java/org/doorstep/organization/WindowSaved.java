package org.doorstep.organization;

import org.doorstep.platform.DomainChange;

/** A window was created or changed. */
public record WindowSaved(String code, Window before, Window after) implements DomainChange {

    @Override
    public String action() {
        return before == null ? "organization.window.created" : "organization.window.updated";
    }

    @Override
    public String subject() {
        return code;
    }
}
