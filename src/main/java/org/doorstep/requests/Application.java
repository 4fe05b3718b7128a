package org.doorstep.requests;

/**
 * What an applicant writes on the form (条例第二十九条), online or taken down by the office. Strings as typed; the
 * facade validates and normalises them.
 *
 * @param applicantType a name of {@link ApplicantType}
 * @param name the person's name or the organisation's registered name
 * @param idNumber 身份证号 (natural persons)
 * @param creditCode 统一社会信用代码 (organisations)
 * @param contactName the organisation's contact person
 * @param divisionCode the government addressed (county or township)
 * @param description the information sought: title, 文号 or other features
 * @param delivery how the applicant wants to receive it, one of {@link DisclosureRequests#DELIVERY}
 */
public record Application(String applicantType, String name, String idNumber, String creditCode, String contactName,
        String mobile, String email, String address, String divisionCode, String description, String delivery) {

    public static Application blank() {
        return new Application("NATURAL_PERSON", "", "", "", "", "", "", "", "", "", "");
    }
}
