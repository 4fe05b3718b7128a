package org.doorstep.platform;

/**
 * Implemented by every domain event that changes state, so that the audit trail records it in the same transaction
 * without knowing each module's event types.
 */
public interface DomainChange {

    /** What happened, as a stable code such as {@code calendar.day.set}. */
    String action();

    /** What it happened to, such as a date, a document's index number or a case number. */
    String subject();

    /** The state before the change, or null for a creation; must not hold unmasked personal data. */
    Object before();

    /** The state after the change, or null for a deletion; must not hold unmasked personal data. */
    Object after();
}
