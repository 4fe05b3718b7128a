package org.doorstep.accounts.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.accounts.IdentityVerification;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sign-in through the province's 统一身份认证 (OpenID Connect), only when {@code DOORSTEP_OIDC_ISSUER} is set. It is a
 * {@code Customizer<HttpSecurity>} bean, which Spring Security applies to the application's filter chain, so the main
 * security configuration stays as it is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${doorstep.oidc.issuer:}'.isBlank()")
class OidcSignInConfiguration {

    @Bean
    ClientRegistrationRepository provinceRegistration(OidcProperties oidc) {
        return new IssuerRegistration(oidc);
    }

    @Bean
    OidcCitizens oidcCitizens(IdentityVerification verification, AccountStore store, OidcProperties oidc) {
        return new OidcCitizens(verification, store, oidc);
    }

    @Bean
    Customizer<HttpSecurity> oidcSignIn(ClientRegistrationRepository registrations, OidcCitizens citizens) {
        return http -> http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(u -> u.oidcUserService(citizens))
                .defaultSuccessUrl("/my", false)
                .failureHandler(new BackToSignIn()));
    }

    /**
     * The provider's settings are read from its discovery document on first use, not at start-up, so the platform
     * starts (and password sign-in works) while the provider is unreachable; a failed read is tried again next time.
     */
    static final class IssuerRegistration implements ClientRegistrationRepository {

        private final OidcProperties oidc;
        private volatile ClientRegistration registration;

        IssuerRegistration(OidcProperties oidc) {
            this.oidc = oidc;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcProperties.REGISTRATION.equals(registrationId)) {
                return null;
            }
            ClientRegistration r = registration;
            if (r == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = ClientRegistrations.fromIssuerLocation(oidc.issuer().strip())
                                .registrationId(OidcProperties.REGISTRATION)
                                .clientName("统一身份认证")
                                .clientId(oidc.clientId())
                                .clientSecret(oidc.clientSecret())
                                .scope("openid", "profile", "phone")
                                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                .build();
                    }
                    r = registration;
                }
            }
            return r;
        }
    }

    /** A refused or failed OIDC sign-in goes back to the sign-in page with a Chinese message (flash attribute). */
    static final class BackToSignIn implements AuthenticationFailureHandler {

        static final String FAILED = "统一身份认证登录未成功，请重试，或使用手机号和密码登录。";

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            String message = exception instanceof OAuth2AuthenticationException o
                    && OidcCitizens.REFUSED.equals(o.getError().getErrorCode())
                    ? o.getError().getDescription() : FAILED;
            FlashMap flash = new FlashMap();
            flash.put("oidcError", message);
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + "/login?oidc");
        }
    }
}
