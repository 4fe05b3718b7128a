package org.doorstep.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data (身份证号, mobile and landline numbers) for pages, logs and the audit trail.
 *
 * <p>Rules, chosen to err on the side of masking:
 * <ul>
 * <li>An 18-character ID number keeps its area code (first 6) and its last 4; the 8 birth-date digits become
 * {@code *}: {@code 110105********1234}. A 15-digit first-generation ID number (still found on old records) is
 * personal data too: it keeps the first 6 and the last 3, the 6 birth-date digits are masked.</li>
 * <li>A mainland mobile number keeps its first 3 and last 4 digits: {@code 138****5678}; separators ({@code -} or a
 * space) and a {@code +86}/{@code 86} prefix are kept as written.</li>
 * <li>A landline number written with its area code ({@code 0791-88001001}, {@code 010 6512 3456}) keeps the area
 * code and its last 4 digits: {@code 0791-****1001}. Without a separator it cannot be told from other numbers in free
 * text and is left alone there.</li>
 * <li>A value too short to keep both ends and still hide something is masked completely, so a fragment never leaks.</li>
 * </ul>
 * {@link #maskAll(String)} finds numbers inside free text only when they stand alone (no digit directly before or
 * after) and look real: an ID number needs a plausible birth date (years 1800–2099), so that long order numbers and
 * hashes are mostly left alone; the check digit is not verified, because a mistyped ID number is personal data too.
 */
public final class Masking {

    private static final char MASK = '*';

    private static final String BIRTH_MONTH_DAY = "(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

    /** 区号 (3 or 4 digits from 0) and a separator, then the local number of 7 or 8 digits. */
    private static final String LANDLINE_FORM = "(?<area>0\\d{2,3}[- ])(?<local>\\d{3,4}[- ]?\\d{4})";

    private static final Pattern PERSONAL = Pattern.compile("(?<!\\d)(?:"
            + "(?<id18>(?<id18head>[1-9]\\d{5})(?:18|19|20)\\d{2}" + BIRTH_MONTH_DAY + "(?<id18tail>\\d{3}[0-9Xx]))"
            + "|(?<id15>(?<id15head>[1-9]\\d{5})\\d{2}" + BIRTH_MONTH_DAY + "(?<id15tail>\\d{3}))"
            + "|(?<phone>(?<pp>\\+?86[- ]?)?(?<p1>1[3-9]\\d)(?<s1>[- ]?)\\d{4}(?<s2>[- ]?)(?<p3>\\d{4}))"
            + "|(?<landline>" + LANDLINE_FORM + ")"
            + ")(?!\\d)");

    private static final Pattern LANDLINE = Pattern.compile(LANDLINE_FORM);

    private static final Pattern MOBILE = Pattern.compile(
            "(?<pp>\\+?86[- ]?)?(?<p1>1[3-9]\\d)(?<s1>[- ]?)\\d{4}(?<s2>[- ]?)(?<p3>\\d{4})");

    private Masking() {
    }

    /**
     * An ID number for display: {@code 110105199001011234} → {@code 110105********1234}; a 15-digit one keeps the
     * first 6 and last 3. Anything else keeps its first 6 and last 4 if it is longer than 10 characters, and is
     * masked completely otherwise. Surrounding blanks are dropped; null stays null.
     */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String s = idNumber.strip();
        return s.length() == 15 ? keepEnds(s, 6, 3) : keepEnds(s, 6, 4);
    }

    /**
     * A mobile number for display: {@code 13812345678} → {@code 138****5678}, {@code +86 138-1234-5678} →
     * {@code +86 138-****-5678}. Any other value keeps its first 3 and last 4 characters if it is longer than 7, and
     * is masked completely otherwise. Surrounding blanks are dropped; null stays null.
     */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String s = phone.strip();
        Matcher m = MOBILE.matcher(s);
        if (m.matches()) {
            return maskedMobile(m);
        }
        Matcher l = LANDLINE.matcher(s);
        return l.matches() ? maskedLandline(l) : keepEnds(s, 3, 4);
    }

    private static final java.util.regex.Pattern EMAIL_IN_TEXT =
            java.util.regex.Pattern.compile("([A-Za-z0-9])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

    /** Free text with every e-mail address masked as {@link #maskEmail} does (a mail server's answer names them). */
    public static String maskEmails(String text) {
        return text == null ? null : EMAIL_IN_TEXT.matcher(text).replaceAll("$1***$2");
    }

    /** An e-mail address for display: {@code name@example.com} → {@code n***@example.com}; null stays null. */
    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        String s = email.strip();
        int at = s.lastIndexOf('@');
        return at <= 0 ? "***" : s.charAt(0) + "***" + s.substring(at);
    }

    /**
     * Free text with every ID number (18 or 15 digits), every mainland mobile number and every landline number written
     * with its area code masked; everything else is left exactly as it was. Null stays null.
     */
    public static String maskAll(String text) {
        if (text == null || !hasDigitRun(text)) {
            return text;
        }
        Matcher m = PERSONAL.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start());
            if (m.group("id18") != null) {
                out.append(m.group("id18head")).append(stars(8)).append(m.group("id18tail"));
            } else if (m.group("id15") != null) {
                out.append(m.group("id15head")).append(stars(6)).append(m.group("id15tail"));
            } else if (m.group("landline") != null) {
                out.append(maskedLandline(m));
            } else {
                out.append(maskedMobile(m));
            }
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    private static String maskedMobile(Matcher m) {
        String prefix = m.group("pp") == null ? "" : m.group("pp");
        return prefix + m.group("p1") + m.group("s1") + stars(4) + m.group("s2") + m.group("p3");
    }

    private static String maskedLandline(Matcher m) {
        String local = m.group("local");
        StringBuilder masked = new StringBuilder(local.length());
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            masked.append(i < local.length() - 4 && Character.isDigit(c) ? MASK : c);
        }
        return m.group("area") + masked;
    }

    private static String keepEnds(String s, int head, int tail) {
        if (s.length() <= head + tail) {
            return stars(s.length());
        }
        return s.substring(0, head) + stars(s.length() - head - tail) + s.substring(s.length() - tail);
    }

    private static String stars(int n) {
        return String.valueOf(MASK).repeat(n);
    }

    /** Cheap pre-check for log lines: every pattern contains a run of at least 3 digits. */
    private static boolean hasDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 3) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }
}
