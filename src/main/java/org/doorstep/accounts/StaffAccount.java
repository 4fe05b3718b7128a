package org.doorstep.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A staff member's account as the console shows it; no password hash. */
public record StaffAccount(UUID id, String username, String displayName, Set<Role> roles, String unitCode,
        boolean enabled, Instant lockedUntil) {
}
