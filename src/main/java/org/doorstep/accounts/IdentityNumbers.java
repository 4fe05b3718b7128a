package org.doorstep.accounts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Check-digit validation of the identifiers citizens and firms give: 公民身份号码 (GB 11643-1999),
 * 统一社会信用代码 (GB 32100-2015) and mainland mobile numbers.
 */
public final class IdentityNumbers {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final Pattern ID_SHAPE = Pattern.compile("[1-9]\\d{16}[0-9X]");

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern CREDIT_SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private IdentityNumbers() {
    }

    /** Upper-cases a trailing x and strips spaces, as people type them. */
    public static String normalise(String value) {
        return value == null ? "" : value.replaceAll("\\s", "").toUpperCase();
    }

    /** An 18-character resident identity number with a real date of birth and the right check character. */
    public static boolean isValidResidentId(String value) {
        String id = normalise(value);
        if (!ID_SHAPE.matcher(id).matches()) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return id.charAt(17) == residentIdCheckChar(id);
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char residentIdCheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    public static boolean isValidCreditCode(String value) {
        String code = normalise(value);
        if (!CREDIT_SHAPE.matcher(code).matches()) {
            return false;
        }
        return code.charAt(17) == creditCodeCheckChar(code);
    }

    /** The GB 32100 check character for the first 17 characters. */
    public static char creditCodeCheckChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_CHARS.charAt(check == 31 ? 0 : check);
    }

    public static boolean isValidMobile(String value) {
        return MOBILE.matcher(normalise(value)).matches();
    }
}
