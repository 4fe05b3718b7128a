package org.doorstep.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The query code an anonymous applicant follows an application with, beside its number: six characters without the
 * look-alikes 0/O and 1/I, compared in constant time so the time of an answer tells nothing about the code.
 */
public final class QueryCodes {

    public static final int LENGTH = 6;
    private static final String CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    public static String next() {
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            s.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
        }
        return s.toString();
    }

    /** A code as typed: trimmed and upper-cased, so "abc 23x" is not refused for its case. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase();
    }

    /** Whether the stored code (null for an application made before codes existed) matches the typed one. */
    public static boolean matches(String stored, String typed) {
        String t = normalise(typed);
        if (stored == null || t.length() != LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), t.getBytes(StandardCharsets.UTF_8));
    }
}
