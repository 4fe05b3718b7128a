package org.doorstep.audit.internal;

import java.time.Instant;

/**
 * An entry waiting for its place in the chain: fields masked and cleaned, JSON not yet normalised by PostgreSQL.
 */
public record PendingEntry(Instant occurredAt, Origin origin, String action, String subject, String beforeJson,
        String afterJson) {
}
