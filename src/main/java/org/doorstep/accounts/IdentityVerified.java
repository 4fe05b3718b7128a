package org.doorstep.accounts;

import org.doorstep.platform.DomainChange;

/**
 * A citizen or firm account was identity-verified (or verification was refused). The subject is the masked mobile
 * number; before/after hold the level, the method, the document and the masked number, never the number itself.
 */
public record IdentityVerified(String action, String subject, Object before, Object after) implements DomainChange {
}
