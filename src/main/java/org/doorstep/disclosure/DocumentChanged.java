package org.doorstep.disclosure;

import org.doorstep.platform.DomainChange;

/** A document moved in review (created, edited, submitted, returned, approved, repealed …), for the audit trail. */
public record DocumentChanged(String action, String subject, Object before, Object after) implements DomainChange {
}
