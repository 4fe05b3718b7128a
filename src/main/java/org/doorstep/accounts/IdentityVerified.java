package org.doorstep.accounts;

import org.doorstep.platform.DomainChange;

/**
 * A citizen or firm account was identity-verified. The subject is the masked mobile number; before/after hold the
 * level, the method, the document and the masked ID number (a firm's code is public), never a person's number.
 */
public record IdentityVerified(String action, String subject, Object before, Object after) implements DomainChange {
}
