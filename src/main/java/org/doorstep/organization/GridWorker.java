package org.doorstep.organization;

/**
 * A grid worker. The phone number is personal data: show {@link #maskedPhone()}, never {@link #phone()}.
 *
 * @param code {@code <grid code>-<two-digit seq>}, e.g. {@code 361199001001001-01}
 * @param name how the worker is addressed on pages, e.g. "城东社区第1网格网格员"
 * @param phone the 11-digit mobile number, for modules that must reach the worker (SMS)
 */
public record GridWorker(String code, String gridCode, int seq, String name, String phone) {

    public static String codeOf(String gridCode, int seq) {
        return gridCode + "-" + (seq < 10 ? "0" : "") + seq;
    }

    /** E.g. 138****5678. */
    public String maskedPhone() {
        return mask(phone);
    }

    /** A copy safe to log, audit or display: the phone is masked. */
    public GridWorker masked() {
        return new GridWorker(code, gridCode, seq, name, maskedPhone());
    }

    /** Keeps the first three and the last four digits (fewer for short numbers); masking twice changes nothing. */
    public static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int n = phone.length();
        if (n >= 8) {
            return phone.substring(0, 3) + "*".repeat(n - 7) + phone.substring(n - 4);
        }
        return "*".repeat(Math.max(0, n - 2)) + phone.substring(Math.max(0, n - 2));
    }

    @Override
    public String toString() {
        return "GridWorker[code=" + code + ", gridCode=" + gridCode + ", seq=" + seq + ", name=" + name + ", phone="
                + maskedPhone() + "]";
    }
}
