package org.doorstep.accounts;

import java.time.Instant;

/**
 * An account's verification level and, once identity-verified, how, when and by whom.
 *
 * @param method WINDOW or OIDC; null below {@link VerificationLevel#IDENTITY_VERIFIED}
 * @param document the document a window officer saw; null otherwise
 * @param by the window officer's login, or the OpenID provider's issuer
 */
public record Verification(VerificationLevel level, VerificationMethod method, IdentityDocument document,
        Instant at, String by) {

    public static final Verification MOBILE_ONLY = new Verification(VerificationLevel.MOBILE_VERIFIED, null, null,
            null, null);

    public boolean identityVerified() {
        return level == VerificationLevel.IDENTITY_VERIFIED;
    }
}
