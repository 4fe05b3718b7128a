package org.doorstep.accounts;

import org.doorstep.platform.DomainChange;

/**
 * Something happened to an account: created, registered, locked, unlocked, enabled, disabled, password reset.
 * Before/after hold only masked or non-personal facts.
 */
public record AccountChanged(String action, String subject, Object before, Object after) implements DomainChange {
}
