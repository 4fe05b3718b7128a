package org.doorstep.organization.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The organisation as the facade reads it: a frozen in-memory copy, reloaded lazily after any change commits.
 * The organisation changes rarely and is read on every scope check, so reads never touch the database.
 */
@Component
public class OrgSnapshots {

    private final OrganizationStore store;
    private volatile OrgState current;

    OrgSnapshots(OrganizationStore store) {
        this.store = store;
    }

    public OrgState current() {
        OrgState s = current;
        if (s != null) {
            return s;
        }
        synchronized (this) {
            if (current == null) {
                current = store.loadAll().freeze();
            }
            return current;
        }
    }

    /** Drops the copy once the changing transaction ends, so other transactions never see uncommitted data. */
    void invalidateAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        } else {
            invalidate();
        }
    }

    synchronized void invalidate() {
        current = null;
    }
}
