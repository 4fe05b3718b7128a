package org.doorstep.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secret keys given as settings ({@code DOORSTEP_*_KEY}), or generated once into the data folder for a single node
 * that has none (the demo, tests). A key is never kept in the database.
 */
public final class KeyMaterial {

    public static final int MIN_BYTES = 32;

    private KeyMaterial() {
    }

    /** Hex (an even number of hex digits) or base64 (standard or URL-safe); at least 32 bytes either way. */
    public static byte[] parse(String setting, String text) {
        String s = text.strip();
        byte[] bytes;
        if (s.matches("(?:[0-9a-fA-F]{2})+")) {
            bytes = HexFormat.of().parseHex(s);
        } else {
            try {
                Base64.Decoder decoder = s.contains("-") || s.contains("_") ? Base64.getUrlDecoder() : Base64.getDecoder();
                bytes = decoder.decode(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(setting + " is neither hex nor base64", e);
            }
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException(setting + " must hold at least " + MIN_BYTES
                    + " bytes (64 hex digits or 44 base64 characters), it has " + bytes.length);
        }
        return bytes;
    }

    /**
     * Reads the generated key in {@code file}, or generates it (owner-only); two nodes starting at once on one folder
     * end up with the same key.
     */
    public static byte[] fromFile(String setting, Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                restrict(file.getParent(), "rwx------");
                byte[] fresh = new byte[MIN_BYTES];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(file.getParent(), "key", ".tmp");
                restrict(tmp, "rw-------");
                Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException raced) {
                    Files.deleteIfExists(tmp);
                }
            }
            return parse(setting, Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the key " + file.toAbsolutePath() + "; set "
                    + setting, e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL applies.
        }
    }
}
