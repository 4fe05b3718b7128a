package org.doorstep.accounts.internal;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.doorstep.accounts.IdentityVerification;
import org.doorstep.accounts.IdentityVerification.OidcIdentity;
import org.doorstep.accounts.IdentityVerification.OidcSignInRefused;
import org.doorstep.accounts.Role;
import org.doorstep.platform.StaffIdentity;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the holder the province's 统一身份认证 vouched for into the citizen account here (linked or created,
 * identity-verified): the signed-in principal is that account, exactly as after a password sign-in.
 */
final class OidcCitizens implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String REFUSED = "doorstep_refused";

    private final OidcUserService provider = new OidcUserService();
    private final IdentityVerification verification;
    private final AccountStore store;
    private final OidcProperties oidc;

    OidcCitizens(IdentityVerification verification, AccountStore store, OidcProperties oidc) {
        this.verification = verification;
        this.store = store;
        this.oidc = oidc;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser holder = provider.loadUser(request);
        String login;
        try {
            login = verification.signInWithOidc(new OidcIdentity(holder.getIssuer().toString(), holder.getSubject(),
                    claim(holder, oidc.idClaim()), claim(holder, oidc.mobileClaim()), claim(holder, oidc.nameClaim())));
        } catch (OidcSignInRefused e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED, e.getMessage(), null), e.getMessage());
        } catch (DataIntegrityViolationException e) {
            // Two first sign-ins of one mobile number at once: the second loses the race and may simply try again.
            throw new OAuth2AuthenticationException(new OAuth2Error("doorstep_conflict"), e);
        }
        String name = store.citizenByLogin(login).orElseThrow().name();
        return new CitizenOidcUser(holder, login, name, store.liveSessionVersion(login).orElse(0));
    }

    private static String claim(OidcUser user, String name) {
        Object v = user.getClaims().get(name);
        return v == null ? null : v.toString();
    }

    /** The signed-in citizen after an OIDC sign-in: named by the account's login, like after a password sign-in. */
    static final class CitizenOidcUser implements OidcUser, StaffIdentity, Serializable, VersionedSession {

        private static final long serialVersionUID = 1L;

        private final OidcUser holder;
        private final String login;
        private final String displayName;

        private final int sessionVersion;

        CitizenOidcUser(OidcUser holder, String login, String displayName, int sessionVersion) {
            this.sessionVersion = sessionVersion;
            this.holder = holder;
            this.login = login;
            this.displayName = displayName;
        }

        @Override
        public Map<String, Object> getClaims() {
            return holder.getClaims();
        }

        @Override
        public OidcUserInfo getUserInfo() {
            return holder.getUserInfo();
        }

        @Override
        public OidcIdToken getIdToken() {
            return holder.getIdToken();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return holder.getAttributes();
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return List.of(new SimpleGrantedAuthority(Role.CITIZEN.authority()));
        }

        @Override
        public String getName() {
            return login;
        }

        @Override
        public String sessionLogin() {
            return login;
        }

        @Override
        public int sessionVersion() {
            return sessionVersion;
        }

        @Override
        public String username() {
            return login;
        }

        @Override
        public String displayName() {
            return displayName;
        }

        @Override
        public String roleCode() {
            return Role.CITIZEN.name();
        }

        @Override
        public String unitCode() {
            return null;
        }

        @Override
        public String toString() {
            // The claims hold the ID number: never print them.
            return "CitizenOidcUser[CITIZEN]";
        }
    }
}
