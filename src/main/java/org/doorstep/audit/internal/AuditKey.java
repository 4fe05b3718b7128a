package org.doorstep.audit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.doorstep.platform.DoorstepProperties;
import org.doorstep.platform.KeyMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The secret that anchors the audit chain outside the database: entry hashes and checkpoints are HMAC-SHA256 under
 * it, so whoever rewrites the audit table without it cannot produce hashes that verify. It comes from
 * {@code DOORSTEP_AUDIT_KEY}; a single node without one (the demo, tests) generates one once and keeps it in
 * {@code DATA_DIR/keys/audit.key} (owner-only), never in the database.
 */
@Component
public class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    static final int MIN_BYTES = KeyMaterial.MIN_BYTES;
    static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    @Autowired
    AuditKey(AuditProperties audit, DoorstepProperties doorstep) {
        this(audit.key() != null && !audit.key().isBlank()
                ? parse(audit.key())
                : fromFile(doorstep.dataDir().resolve("keys").resolve("audit.key")));
    }

    AuditKey(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException("DOORSTEP_AUDIT_KEY must hold at least " + MIN_BYTES + " bytes, it has "
                    + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    static byte[] parse(String text) {
        return KeyMaterial.parse("DOORSTEP_AUDIT_KEY", text);
    }

    static byte[] fromFile(Path file) {
        byte[] key = KeyMaterial.fromFile("DOORSTEP_AUDIT_KEY", file);
        log.warn("No DOORSTEP_AUDIT_KEY is set: the audit chain is keyed with the generated key in {}. "
                + "Production must set DOORSTEP_AUDIT_KEY (and keep it away from the database server).",
                file.toAbsolutePath());
        return key;
    }

    /** hex(HMAC-SHA256(key, the UTF-8 of the parts, one after the other)). */
    public String mac(String... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
