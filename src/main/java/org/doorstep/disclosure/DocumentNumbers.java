package org.doorstep.disclosure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.platform.InvalidInputException;

/** 文号: an issuing prefix, the year in 〔〕 brackets and a serial, e.g. 青政办发〔2026〕12号 (GB/T 9704). */
public final class DocumentNumbers {

    private static final Pattern FORM = Pattern.compile("^([\\p{IsHan}A-Za-z]{1,20})〔(\\d{4})〕([1-9]\\d{0,4})号$");

    private DocumentNumbers() {
    }

    /** Null or blank means the document has no 文号; otherwise the number must be well-formed. */
    public static String normalise(String number, int currentYear) {
        if (number == null || number.isBlank()) {
            return null;
        }
        // People often type the look-alike brackets 〔〕 as [] 【】 or ［］; accept those and store the standard form.
        String n = number.strip().replaceAll("[\\[【［(（]", "〔").replaceAll("[\\]】］)）]", "〕");
        Matcher m = FORM.matcher(n);
        if (!m.matches()) {
            throw new InvalidInputException("documentNumber", "文号格式不正确，应为“机关代字〔年份〕序号号”，如 青政办发〔2026〕12号");
        }
        int year = Integer.parseInt(m.group(2));
        if (year < 1949 || year > currentYear + 1) {
            throw new InvalidInputException("documentNumber", "文号中的年份不正确");
        }
        return n;
    }

    public static boolean isValid(String number) {
        return number != null && FORM.matcher(number).matches();
    }
}
