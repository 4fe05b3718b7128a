package org.doorstep.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks personal identifiers (身份证号, mobile numbers) for display and logs. */
public final class Masking {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

    private Masking() {
    }

    /** {@code 110105199001011234} → {@code 110105********1234}; anything else is masked whole except its ends. */
    public static String maskIdNumber(String id) {
        if (id == null || id.isEmpty()) {
            return id;
        }
        if (id.length() < 8) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** {@code 13800001234} → {@code 138****1234}. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() < 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Masks every ID number and mobile number inside free text. */
    public static String maskAll(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher id = ID_NUMBER.matcher(text);
        String masked = id.replaceAll("$1********$2");
        return MOBILE.matcher(masked).replaceAll("$1****$2");
    }
}
