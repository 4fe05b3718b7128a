package org.doorstep.organization;

import org.doorstep.platform.DomainChange;

/** A grid worker was created or changed; both states carry the masked phone only. */
public record GridWorkerSaved(String code, GridWorker before, GridWorker after) implements DomainChange {

    public GridWorkerSaved {
        // The audit trail keeps before/after for ever: never let an unmasked phone in.
        before = before == null ? null : before.masked();
        after = after == null ? null : after.masked();
    }

    @Override
    public String action() {
        return before == null ? "organization.grid-worker.created" : "organization.grid-worker.updated";
    }

    @Override
    public String subject() {
        return code;
    }
}
