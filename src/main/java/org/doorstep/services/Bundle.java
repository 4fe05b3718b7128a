package org.doorstep.services;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 一件事一次办 (国发〔2024〕3号 “高效办成一件事”): items across departments applied for together, with one limit promised
 * for the whole.
 *
 * <p>The promise is kept in half working days, because 企业开办 promises 0.5 working days (seed 000). The platform's
 * clocks count whole working days on the official calendar, so a bundle's tracked clock counts the promise rounded up
 * ({@link #clockDays()}: 0.5 is due at the end of the next working day) and every page shows the promise itself beside
 * that date, with the time the application actually took.
 *
 * @param promisedHalfDays the promised limit in half working days (1 = 0.5 个工作日)
 * @param facts what every sub-case shares beyond the applicant's name, ID number and phone, asked once on the form:
 *        key → Chinese label, in the form's order
 */
public record Bundle(String code, String name, String description, int promisedHalfDays, List<String> itemCodes,
        Map<String, String> facts) {

    public Bundle {
        itemCodes = List.copyOf(itemCodes);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** The promise as the portal states it, e.g. 材料齐全时 0.5 个工作日内办结. */
    public String promise() {
        return "材料齐全时 " + promisedDaysLabel() + "内办结";
    }

    /** e.g. 0.5 个工作日, 10 个工作日. */
    public String promisedDaysLabel() {
        return (promisedHalfDays % 2 == 0 ? String.valueOf(promisedHalfDays / 2) : (promisedHalfDays / 2) + ".5")
                + " 个工作日";
    }

    /** The whole working days the tracked clock counts: the promise rounded up. */
    public int clockDays() {
        return (promisedHalfDays + 1) / 2;
    }
}
