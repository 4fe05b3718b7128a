package org.doorstep.accounts.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A staff member who has given the right password but not yet the second factor: holds no role and no permission,
 * only the right to the second-factor pages.
 */
final class SecondFactorPending extends AbstractAuthenticationToken implements VersionedSession {

    static final String AUTHORITY = "ROLE_SECOND_FACTOR_PENDING";

    private final String username;
    /** The failure-count key of the password step, so wrong codes count where wrong passwords did. */
    private final String attemptKey;
    private final int sessionVersion;

    SecondFactorPending(String username, String attemptKey, int sessionVersion) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.username = username;
        this.attemptKey = attemptKey;
        this.sessionVersion = sessionVersion;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    String attemptKey() {
        return attemptKey;
    }

    @Override
    public String sessionLogin() {
        return username;
    }

    @Override
    public int sessionVersion() {
        return sessionVersion;
    }
}
