package org.doorstep.cases;

/**
 * The applicant as pages and the API show them: the ID number and the phone number are held masked only.
 *
 * @param kind PERSON or FIRM
 */
public record Applicant(String kind, String name, String maskedIdNumber, String maskedPhone) {

    public String kindLabel() {
        return "FIRM".equals(kind) ? "企业" : "个人";
    }
}
