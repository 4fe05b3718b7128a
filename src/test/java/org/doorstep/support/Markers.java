package org.doorstep.support;

import java.util.UUID;

/**
 * Unique markers for test data that pass through masking. A random UUID written with digits can hold a run that
 * looks like a mobile or landline number (for example {@code 0123-4567-8901}), which the audit trail then masks, so
 * a look-up by the marker finds nothing. These markers carry the UUID's randomness in letters only.
 */
public final class Markers {

    private Markers() {
    }

    public static String unique(String prefix) {
        StringBuilder marker = new StringBuilder(prefix);
        for (char c : UUID.randomUUID().toString().toCharArray()) {
            marker.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return marker.toString();
    }
}
