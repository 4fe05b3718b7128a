package org.doorstep.organization;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of 12-digit statistical division codes: digits 1–6 name the county, 7–9 the township (000 for the
 * county itself), 10–12 the village (000 for a township). The level and the parent follow from the code alone.
 */
public final class DivisionCodes {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    private DivisionCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && TWELVE_DIGITS.matcher(code).matches();
    }

    /** The level the code's shape implies, or empty if it is not a valid county, township or village code. */
    public static Optional<DivisionLevel> levelOf(String code) {
        if (!isWellFormed(code) || code.startsWith("00") || code.startsWith("00", 4)) {
            return Optional.empty();
        }
        boolean township = !code.startsWith("000", 6);
        boolean village = !code.startsWith("000", 9);
        if (village && !township) {
            return Optional.empty();
        }
        return Optional.of(village ? DivisionLevel.VILLAGE : township ? DivisionLevel.TOWNSHIP : DivisionLevel.COUNTY);
    }

    /** The code of the division one level up, or empty for a county or a malformed code. */
    public static Optional<String> parentOf(String code) {
        return levelOf(code).flatMap(level -> switch (level) {
            case COUNTY -> Optional.empty();
            case TOWNSHIP -> Optional.of(code.substring(0, 6) + "000000");
            case VILLAGE -> Optional.of(code.substring(0, 9) + "000");
        });
    }

    /** The digits every descendant's code starts with: 6 for a county, 9 for a township, all 12 for a village. */
    public static String significantPrefix(String code) {
        return levelOf(code).map(level -> switch (level) {
            case COUNTY -> code.substring(0, 6);
            case TOWNSHIP -> code.substring(0, 9);
            case VILLAGE -> code;
        }).orElseThrow(() -> new IllegalArgumentException("not a division code: " + code));
    }

    /** Why a code is not a valid division code, in Chinese, or empty if it is one. */
    public static Optional<String> problem(String code) {
        if (!isWellFormed(code)) {
            return Optional.of("区划代码应为 12 位数字");
        }
        if (code.startsWith("00") || code.startsWith("00", 4)) {
            return Optional.of("区划代码第 1–2 位（省）和第 5–6 位（县）不能为 00");
        }
        if (levelOf(code).isEmpty()) {
            return Optional.of("区划代码第 7–9 位为 000 时，第 10–12 位也应为 000");
        }
        return Optional.empty();
    }
}
