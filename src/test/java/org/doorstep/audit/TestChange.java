package org.doorstep.audit;

import org.doorstep.platform.DomainChange;

/** A domain change as any module would publish it. */
public record TestChange(String action, String subject, Object before, Object after) implements DomainChange {
}
