package org.doorstep.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a staff member's authenticator app does (RFC 6238 with HMAC-SHA1, 6 digits, 30 s), written here from the RFC
 * with the JDK alone, independently of the platform's library. The platform accepts each time step once, so the app
 * remembers the last step it gave per account and waits for a fresh one when needed.
 */
public final class Authenticator {

    /** The demo county's documented secret (README). */
    public static final String DEMO_SECRET = "QINGXIXIANDEMOTOTPSECRETKEY2345A";

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private Authenticator() {
    }

    /** A code the platform has not yet seen for this account: the previous, the current or the next step's. */
    public static synchronized String freshCode(String account, String base32Secret) {
        long millis = System.currentTimeMillis();
        long now = millis / 30_000;
        // The platform takes the previous, the current and the next step, each once. The previous one only while the
        // current step has 10 s to run: a code sent just before the step turns would arrive two steps old.
        long oldest = millis % 30_000 < 20_000 ? now - 1 : now;
        long step = Math.max(oldest, LAST_STEP.getOrDefault(account, Long.MIN_VALUE) + 1);
        while (step > now + 1) {
            // Both usable steps are spent: wait for the clock to reach the next one.
            sleep(30_000 - System.currentTimeMillis() % 30_000 + 50);
            now = System.currentTimeMillis() / 30_000;
        }
        LAST_STEP.put(account, step);
        return code(base32Secret, step);
    }

    /** The RFC 6238 code of a time step. */
    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8)
                    | (h[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] base32(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = s.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        long buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
