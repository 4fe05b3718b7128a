package org.doorstep.organization.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one record's raw text fields (from a form or a sheet row) into typed values, collecting a Chinese problem
 * per bad field instead of stopping at the first.
 */
final class FieldReader {

    static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{12}");
    static final Pattern SHORT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");
    static final Pattern UNIT_CODE = Pattern.compile("[0-9]{12}-[A-Z][A-Z0-9]{1,11}");
    static final Pattern GRID_CODE = Pattern.compile("[0-9]{15}");

    private final RecordKind kind;
    private final Map<String, String> values;
    private final List<Problem> problems;
    private boolean ok = true;

    FieldReader(RecordKind kind, Map<String, String> values, List<Problem> problems) {
        this.kind = kind;
        this.values = values;
        this.problems = problems;
    }

    boolean ok() {
        return ok;
    }

    /** Required free text, e.g. a name or an address. */
    String text(String key, int max) {
        String v = raw(key);
        if (v.isEmpty()) {
            return fail(key, "请填写" + kind.header(key));
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            return fail(key, kind.header(key) + "不能包含换行或制表符等控制字符");
        }
        if (v.codePointCount(0, v.length()) > max) {
            return fail(key, kind.header(key) + "不能超过 " + max + " 个字");
        }
        return v;
    }

    /** A required code: full-width characters made half-width, letters upper-case, then matched. */
    String code(String key, Pattern pattern, String expected) {
        String v = codeText(key);
        if (v.isEmpty()) {
            return fail(key, "请填写" + kind.header(key));
        }
        if (!pattern.matcher(v).matches()) {
            return fail(key, kind.header(key) + "「" + shorten(v) + "」格式不正确，应为：" + expected);
        }
        return v;
    }

    /** An optional code: null when blank. */
    String optionalCode(String key, Pattern pattern, String expected) {
        return codeText(key).isEmpty() ? null : code(key, pattern, expected);
    }

    /** A required whole number in [min, max]; "3号窗口" and "3.0" (a spreadsheet number) read as 3. */
    Integer integer(String key, int min, int max) {
        String v = codeText(key).replaceFirst("号(窗口)?$", "").replaceFirst("\\.0+$", "");
        if (v.isEmpty()) {
            fail(key, "请填写" + kind.header(key));
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(key, kind.header(key) + "应为 " + min + " 到 " + max + " 之间的整数");
        return null;
    }

    /** One of the labels; enum names (e.g. DEDICATED) are accepted too. */
    <E> E choice(String key, Map<String, E> byLabel) {
        String v = raw(key);
        if (v.isEmpty()) {
            fail(key, "请选择" + kind.header(key));
            return null;
        }
        E e = byLabel.get(v);
        if (e == null) {
            e = byLabel.values().stream().filter(x -> x instanceof Enum<?> en && en.name().equalsIgnoreCase(v))
                    .findFirst().orElse(null);
        }
        if (e == null) {
            fail(key, kind.header(key) + "「" + shorten(v) + "」无效，应为：" + String.join("、", byLabel.keySet()));
        }
        return e;
    }

    /** A phone number with spaces (and, for a mobile number, hyphens) and full-width digits tidied away. */
    String phone(String key, Pattern pattern, boolean mobile, String expected) {
        String v = codeText(key).replace(" ", "");
        if (mobile) {
            v = v.replace("-", "");
        }
        if (v.isEmpty()) {
            return fail(key, "请填写" + kind.header(key));
        }
        if (!pattern.matcher(v).matches()) {
            return fail(key, kind.header(key) + "格式不正确，应为：" + expected);
        }
        return v;
    }

    /** The raw value of a field, trimmed (including full-width spaces). */
    String raw(String key) {
        String v = values.get(key);
        return v == null ? "" : v.strip();
    }

    /** Adds a problem for a rule that needs several fields; the record is then not ok. */
    void problem(String key, String message) {
        fail(key, message);
    }

    private String codeText(String key) {
        return Normalizer.normalize(raw(key), Normalizer.Form.NFKC).strip().toUpperCase(java.util.Locale.ROOT);
    }

    private String fail(String key, String message) {
        problems.add(new Problem(key, message));
        ok = false;
        return null;
    }

    /** Echoes long junk back only in part. */
    private static String shorten(String v) {
        return v.length() > 30 ? v.substring(0, 30) + "…" : v;
    }
}
