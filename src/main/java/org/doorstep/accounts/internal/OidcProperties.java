package org.doorstep.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The province's 统一身份认证 (an OpenID Connect provider): {@code DOORSTEP_OIDC_ISSUER},
 * {@code DOORSTEP_OIDC_CLIENT_ID}, {@code DOORSTEP_OIDC_CLIENT_SECRET}, {@code DOORSTEP_OIDC_ID_CLAIM},
 * {@code DOORSTEP_OIDC_MOBILE_CLAIM}, {@code DOORSTEP_OIDC_NAME_CLAIM}. Sign-in through it is offered only when an
 * issuer is set.
 *
 * @param issuer the provider's issuer URL; its {@code /.well-known/openid-configuration} is read on first use
 * @param idClaim the claim holding the 身份证号
 * @param mobileClaim the claim holding the holder's mobile number, which links to an account here
 * @param nameClaim the claim holding the holder's name
 */
@ConfigurationProperties("doorstep.oidc")
public record OidcProperties(String issuer, String clientId, String clientSecret, String idClaim, String mobileClaim,
        String nameClaim) {

    /** The registration id, so the sign-in starts at {@code /oauth2/authorization/province}. */
    public static final String REGISTRATION = "province";

    public OidcProperties {
        idClaim = blank(idClaim) ? "id_number" : idClaim.strip();
        mobileClaim = blank(mobileClaim) ? "phone_number" : mobileClaim.strip();
        nameClaim = blank(nameClaim) ? "name" : nameClaim.strip();
    }

    public boolean enabled() {
        return !blank(issuer);
    }

    /** Where the sign-in button points, or null when no provider is configured. */
    public String signInPath() {
        return enabled() ? "/oauth2/authorization/" + REGISTRATION : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
