package org.doorstep.cases;

/**
 * Who applies, as typed on a form (unmasked; checked and stored, then shown masked only).
 *
 * @param kind PERSON or FIRM
 * @param idNumber 身份证号 of the person, or of the firm's legal representative
 */
public record ApplicantDetails(String kind, String name, String idNumber, String phone) {
}
