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
 * @param hash over {@code prevHash} and this entry's fields, hex: HMAC-SHA256 under the audit key (version 2) or
 *             plain SHA-256 (version 1, entries written before the key was introduced)
 * @param chainVersion how {@code hash} is computed: 1 plain SHA-256, 2 HMAC-SHA256 under {@code DOORSTEP_AUDIT_KEY}
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String roleCode, String unitCode, String action,
        String subject, String before, String after, String requestId, String clientIp, String prevHash,
        String hash, int chainVersion) {

    /** Plain SHA-256: entries written before the audit key existed. */
    public static final int PLAIN = 1;
    /** HMAC-SHA256 under the audit key: every entry written since. */
    public static final int KEYED = 2;

    /** The same entry with another hash (and version). */
    public AuditEntry withHash(String newHash, int version) {
        return new AuditEntry(id, occurredAt, actor, roleCode, unitCode, action, subject, before, after, requestId,
                clientIp, prevHash, newHash, version);
    }
}
