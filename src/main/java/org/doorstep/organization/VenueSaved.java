package org.doorstep.organization;

import org.doorstep.platform.DomainChange;

/** A service venue was created or changed. */
public record VenueSaved(String code, Venue before, Venue after) implements DomainChange {

    @Override
    public String action() {
        return before == null ? "organization.venue.created" : "organization.venue.updated";
    }

    @Override
    public String subject() {
        return code;
    }
}
