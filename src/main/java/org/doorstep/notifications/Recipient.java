package org.doorstep.notifications;

/**
 * Whom a step concerns, as far as the matter knows: any of the three may be null. A signed-in applicant's account
 * gets the 站内信, and the e-mail address saved in their inbox settings when the matter gave none.
 *
 * @param login the applicant's portal account, or null (a window or hotline applicant)
 * @param mobile a mainland mobile number, or null (a landline cannot receive an SMS)
 */
public record Recipient(String login, String mobile, String email) {
}
