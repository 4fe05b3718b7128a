package org.doorstep.audit;

import java.time.Instant;

/**
 * One audited action as stored: personal data in every text field is already masked.
 *
 * @param id position in the chain (increasing, may have gaps from rolled-back transactions)
 * @param actor the user name, {@code anonymous} for a visitor who is not signed in, {@code system} for background work
 * @param roleCode the actor's role code, or null
 * @param unitCode the 12-digit code of the actor's organisation unit, or null
 * @param action the stable action code, e.g. {@code calendar.day.set}
 * @param before the state before the change as JSON, or null
 * @param after the state after the change as JSON, or null
 * @param requestId the HTTP request the action came from, or null
 * @param clientIp the client address truncated for privacy (IPv4 /24, IPv6 /48), or null
 * @param prevHash the hash of the previous entry (the genesis value for the first one)
 * @param hash SHA-256 over {@code prevHash} and this entry's fields, hex
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String roleCode, String unitCode, String action,
        String subject, String before, String after, String requestId, String clientIp, String prevHash,
        String hash) {
}
