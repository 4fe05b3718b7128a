package org.doorstep.organization.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Stores one record and announces the change; shared by the console editor and the import. */
@Component
class OrganizationWriter {

    private final OrganizationStore store;
    private final ApplicationEventPublisher events;
    private final OrgSnapshots snapshots;

    OrganizationWriter(OrganizationStore store, ApplicationEventPublisher events, OrgSnapshots snapshots) {
        this.store = store;
        this.events = events;
        this.snapshots = snapshots;
    }

    /** Returns false, writing and announcing nothing, when the record is unchanged. */
    <T> boolean save(RecordSupport<T> support, T before, T after) {
        if (after.equals(before)) {
            return false;
        }
        support.upsert(store, after);
        events.publishEvent(support.saved(before, after));
        snapshots.invalidateAfterCommit();
        return true;
    }
}
