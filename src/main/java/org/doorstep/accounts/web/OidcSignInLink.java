package org.doorstep.accounts.web;

import org.doorstep.accounts.internal.OidcProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The "使用统一身份认证登录" link (sign-in page, and wherever an unverified account is told how to verify), present only
 * when a provider is configured.
 */
@ControllerAdvice
class OidcSignInLink {

    private final OidcProperties oidc;

    OidcSignInLink(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @ModelAttribute("oidcSignIn")
    String oidcSignIn() {
        return oidc.signInPath();
    }
}
