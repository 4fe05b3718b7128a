package org.doorstep.audit.internal;

import org.doorstep.audit.AuditTrail;
import org.doorstep.platform.DomainChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link DomainChange} synchronously, in the publisher's thread and transaction: the entry commits
 * with the change or not at all.
 */
@Component
class DomainChangeAuditor {

    private final AuditTrail audit;

    DomainChangeAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DomainChange change) {
        audit.record(change);
    }
}
