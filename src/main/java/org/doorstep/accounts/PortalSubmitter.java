package org.doorstep.accounts;

/**
 * Who sends a portal form that may lead to text messages.
 *
 * @param accountLogin a signed-in citizen's login (their proven mobile number), or null when anonymous
 * @param client the client's network address
 * @param code the SMS code typed on the form (purpose ANONYMOUS_FORM), or null
 */
public record PortalSubmitter(String accountLogin, String client, String code) {

    /** A signed-in citizen, whose own number needs no code. */
    public static PortalSubmitter signedIn(String accountLogin, String client) {
        return new PortalSubmitter(accountLogin, client, null);
    }

    /** Someone not signed in, with the code they typed. */
    public static PortalSubmitter anonymous(String client, String code) {
        return new PortalSubmitter(null, client, code);
    }
}
