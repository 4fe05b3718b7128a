package org.doorstep.requests;

import org.doorstep.platform.DomainChange;

/** Every step of a request, for the audit trail; before and after never hold unmasked personal data. */
public record RequestChanged(String action, String subject, Object before, Object after) implements DomainChange {
}
