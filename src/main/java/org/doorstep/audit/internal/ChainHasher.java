package org.doorstep.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.doorstep.audit.AuditEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain's hash over {@code prevHash + canonical}, where {@code canonical} is the JSON array
 * {@code ["doorstep-audit-vN", id, occurredAt, actor, roleCode, unitCode, action, subject, before, after, requestId,
 * clientIp]}: strings (or null) except the numeric id, {@code occurredAt} as an ISO-8601 UTC instant, before/after as
 * PostgreSQL prints the stored jsonb. A JSON array is unambiguous where plain concatenation is not ("ab" + "c" =
 * "a" + "bc").
 *
 * <p>Version 1 is {@code hex(SHA-256(UTF-8(prevHash + canonical)))}: anyone can recompute it from a dump, so whoever
 * can write the table can also rewrite the chain. Version 2 is {@code hex(HMAC-SHA256(auditKey, UTF-8(prevHash +
 * canonical)))}: only the holder of {@code DOORSTEP_AUDIT_KEY} can. Entries keep the version they were written with
 * (column {@code chain_version}), so the entries written before the key existed still verify.
 */
public final class ChainHasher {

    /** What the first entry chains from. */
    public static final String GENESIS = "0".repeat(64);

    static final String FORMAT = "doorstep-audit-v1";
    static final String KEYED_FORMAT = "doorstep-audit-v2";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChainHasher() {
    }

    public static String canonical(AuditEntry e) {
        return canonical(e, FORMAT);
    }

    static String canonical(AuditEntry e, String format) {
        return JSON.writeValueAsString(Arrays.asList(format, e.id(), e.occurredAt().toString(), e.actor(),
                e.roleCode(), e.unitCode(), e.action(), e.subject(), e.before(), e.after(), e.requestId(),
                e.clientIp()));
    }

    /** The version-1 hash: over its own {@code prevHash} and its fields (its {@code hash} is ignored). */
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

    /** The version-2 hash, keyed with the audit key. */
    public static String keyedHash(AuditEntry e, AuditKey key) {
        return key.mac(e.prevHash(), canonical(e, KEYED_FORMAT));
    }

    /** The hash the entry must carry for the version it claims; null for an unknown version. */
    public static String expected(AuditEntry e, AuditKey key) {
        return switch (e.chainVersion()) {
            case AuditEntry.PLAIN -> hash(e);
            case AuditEntry.KEYED -> keyedHash(e, key);
            default -> null;
        };
    }
}
