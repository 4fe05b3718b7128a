package org.doorstep.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.doorstep.platform.DoorstepProperties;
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

    static final int MIN_BYTES = 32;
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

    /** Hex (an even number of hex digits) or base64 (standard or URL-safe); at least 32 bytes either way. */
    static byte[] parse(String text) {
        String s = text.strip();
        byte[] bytes;
        if (s.matches("(?:[0-9a-fA-F]{2})+")) {
            bytes = HexFormat.of().parseHex(s);
        } else {
            try {
                Base64.Decoder decoder = s.contains("-") || s.contains("_") ? Base64.getUrlDecoder() : Base64.getDecoder();
                bytes = decoder.decode(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("DOORSTEP_AUDIT_KEY is neither hex nor base64", e);
            }
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("DOORSTEP_AUDIT_KEY must hold at least " + MIN_BYTES
                    + " bytes (64 hex digits or 44 base64 characters), it has " + bytes.length);
        }
        return bytes;
    }

    /** Reads the generated key, or generates it; two nodes starting at once on one folder end up with the same. */
    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                restrict(file.getParent(), "rwx------");
                byte[] fresh = new byte[MIN_BYTES];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(file.getParent(), "audit", ".tmp");
                restrict(tmp, "rw-------");
                Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            log.warn("No DOORSTEP_AUDIT_KEY is set: the audit chain is keyed with the generated key in {}. "
                    + "Production must set DOORSTEP_AUDIT_KEY (and keep it away from the database server).",
                    file.toAbsolutePath());
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the audit key " + file.toAbsolutePath()
                    + "; set DOORSTEP_AUDIT_KEY", e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL applies.
        }
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
