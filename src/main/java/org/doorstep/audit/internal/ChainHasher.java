package org.doorstep.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.doorstep.audit.AuditEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain's hash: {@code hash = hex(SHA-256(UTF-8(prevHash + canonical)))}, where {@code canonical} is the JSON
 * array {@code ["doorstep-audit-v1", id, occurredAt, actor, roleCode, unitCode, action, subject, before, after,
 * requestId, clientIp]}: strings (or null) except the numeric id, {@code occurredAt} as an ISO-8601 UTC instant,
 * before/after as PostgreSQL prints the stored jsonb. A JSON array is unambiguous where plain concatenation is
 * not ("ab" + "c" = "a" + "bc"), and anyone can recompute it from a database dump.
 */
public final class ChainHasher {

    /** What the first entry chains from. */
    public static final String GENESIS = "0".repeat(64);

    static final String FORMAT = "doorstep-audit-v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChainHasher() {
    }

    public static String canonical(AuditEntry e) {
        return JSON.writeValueAsString(Arrays.asList(FORMAT, e.id(), e.occurredAt().toString(), e.actor(),
                e.roleCode(), e.unitCode(), e.action(), e.subject(), e.before(), e.after(), e.requestId(),
                e.clientIp()));
    }

    /** The hash the entry must carry: over its own {@code prevHash} and its fields (its {@code hash} is ignored). */
    public static String hash(AuditEntry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(e.prevHash().getBytes(StandardCharsets.UTF_8));
            sha.update(canonical(e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }
}
