package org.doorstep.accounts;

/**
 * A citizen's or a firm's self-registration.
 *
 * @param kind PERSON or FIRM
 * @param name a person's name, or the firm's registered name
 * @param idNumber 身份证号 (persons)
 * @param creditCode 统一社会信用代码 (firms)
 * @param contactName the firm's contact person
 */
public record CitizenRegistration(String kind, String name, String idNumber, String creditCode, String contactName,
        String mobile, String password, String passwordConfirm) {
}
