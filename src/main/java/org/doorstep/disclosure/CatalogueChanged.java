package org.doorstep.disclosure;

import org.doorstep.platform.DomainChange;

/** A catalogue node was created, changed or removed. */
public record CatalogueChanged(String action, String subject, Object before, Object after, String divisionCode,
        long nodeId) implements DomainChange {
}
