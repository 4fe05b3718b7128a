package org.doorstep.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest (等保 2.0 level 3, 商用密码应用安全性评估): 身份证号, mobile and other telephone numbers, and
 * second-factor secrets are stored sealed with AES-256-GCM (the Java runtime's own provider), never in clear; a column
 * that is searched by such a value stores its keyed hash beside it (HMAC-SHA256), so equal values can be found
 * without the value being readable.
 *
 * <p>Both keys are derived from one master key, {@code DOORSTEP_DATA_KEY}, which the database never holds. A single
 * node running the demo or the embedded database may go without it: a key is then generated once into
 * {@code DATA_DIR/keys/data.key}, and a key file found there is used (a restored data folder). A server database
 * without the demo and without such a file refuses to start: a key generated on it, lost with its machine, would make
 * every sealed value unreadable.
 *
 * <p>A sealed value reads {@code v1.<base64url(nonce ‖ ciphertext ‖ tag)>}; the kind of value is bound into the tag
 * (associated data), so a sealed 身份证号 copied into a telephone column does not open.
 */
@Component
public class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    static final String SETTING = "DOORSTEP_DATA_KEY";
    private static final String VERSION = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** What a value is: part of its keyed hash and of its seal, so values of one kind never match another's. */
    public enum Kind {
        /** A 身份证号 (or, for firms, the 统一社会信用代码 where it stands in the same column). */
        ID_NUMBER,
        /** A mobile or landline number. */
        PHONE,
        /** A shared secret, such as the seed of a staff member's authenticator. */
        SECRET,
        /** An e-mail address a citizen is told at. */
        EMAIL
    }

    private final SecretKeySpec sealKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    PersonalData(@Value("${doorstep.data-key:}") String setting, DoorstepProperties doorstep) {
        this(master(setting, doorstep));
    }

    public PersonalData(byte[] master) {
        this.sealKey = new SecretKeySpec(derive(master, "doorstep personal data: AES-256-GCM"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "doorstep personal data: lookup hash"), "HmacSHA256");
    }

    private static byte[] master(String setting, DoorstepProperties doorstep) {
        if (setting != null && !setting.isBlank()) {
            return KeyMaterial.parse(SETTING, setting);
        }
        var file = doorstep.dataDir().resolve("keys").resolve("data.key");
        // A key generated earlier (a demo, or a data folder restored with bin/restore) is used. A server database
        // without the demo never gets a fresh one: lost with its machine, it would leave every sealed value unreadable.
        if (!java.nio.file.Files.exists(file) && !doorstep.embeddedDatabase() && !doorstep.loadDemo()) {
            throw new IllegalStateException(SETTING + " is not set. A server database keeps 身份证号 and telephone "
                    + "numbers sealed under this key: set it (e.g. `openssl rand -base64 32`) and keep it, apart "
                    + "from the database's backups, for as long as the data lives");
        }
        byte[] key = KeyMaterial.fromFile(SETTING, file);
        log.warn("No {} is set: personal data is sealed with the generated key in {}. Production must set {}.",
                SETTING, file.toAbsolutePath(), SETTING);
        return key;
    }

    /** The value sealed for storage; null and blank stay as they are. */
    public String seal(Kind kind, String plain) {
        if (plain == null || plain.isBlank()) {
            return plain;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(kind.name().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    /**
     * The stored value opened; null and blank stay as they are.
     *
     * @throws IllegalStateException when it was not sealed under this key as this kind (tampered, or another key)
     */
    public String open(Kind kind, String stored) {
        if (stored == null || stored.isBlank()) {
            return stored;
        }
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("A " + kind + " value in the database is not sealed");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(stored.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(kind.name().getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed " + kind + " value does not open under " + SETTING
                    + ": changed in the database, or sealed under another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
        }
    }

    /**
     * The keyed hash that finds a value without revealing it (hex, 64 characters); null stays null. Values are
     * compared as written without blanks, dashes and case, so {@code 138 1234 5678} finds {@code 13812345678}.
     */
    public String lookupHash(Kind kind, String plain) {
        if (plain == null) {
            return null;
        }
        return keyedHash(kind.name(), plain.replaceAll("[\\s-]", "").toUpperCase());
    }

    /** A keyed hash (hex) of a value used as a key elsewhere, such as a rate-limit counter's; not normalised. */
    public String keyedHash(String domain, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            mac.update(domain.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
