package org.doorstep.cases;

/**
 * Who applies, as typed on a form (unmasked; checked and stored, then shown masked only).
 *
 * @param kind PERSON or FIRM
 * @param idNumber 身份证号 of the person, or of the firm's legal representative
 * @param creditCode a firm's 统一社会信用代码 (GB 32100-2015): its certificates are held under it; null for persons
 */
public record ApplicantDetails(String kind, String name, String idNumber, String phone, String creditCode) {

    /** A person, or a firm that has no 统一社会信用代码 yet (e.g. while 企业开办 creates it). */
    public ApplicantDetails(String kind, String name, String idNumber, String phone) {
        this(kind, name, idNumber, phone, null);
    }
}
