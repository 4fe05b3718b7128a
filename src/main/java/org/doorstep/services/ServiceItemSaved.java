package org.doorstep.services;

import org.doorstep.platform.DomainChange;

/** A service item's guide was created or changed (audited with the whole guide before and after). */
public record ServiceItemSaved(String code, ServiceItem before, ServiceItem after) implements DomainChange {

    @Override
    public String action() {
        return before == null ? "services.item.created" : "services.item.updated";
    }

    @Override
    public String subject() {
        return code;
    }
}
