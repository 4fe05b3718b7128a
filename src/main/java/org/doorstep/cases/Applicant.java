package org.doorstep.cases;

/**
 * The applicant as pages and the API show them: the ID number and the phone number are held masked only.
 *
 * @param kind PERSON or FIRM
 * @param creditCode a firm's 统一社会信用代码 (public business data, shown in full), or null
 */
public record Applicant(String kind, String name, String maskedIdNumber, String maskedPhone, String creditCode) {

    public String kindLabel() {
        return "FIRM".equals(kind) ? "企业" : "个人";
    }
}
