package org.doorstep.accounts.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check, guarded: a client address that keeps failing waits (see {@link SignInSources}), and every
 * attempt is counted atomically before the password is compared (see {@link SignInAttempts}), under the login's key
 * or, from a client that signed in before, under that client's own key (see {@link KnownDevices}).
 */
@Component
class GuardedSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final SignInSources sources;
    private final KnownDevices devices;
    private final LoginKeys loginKeys;

    GuardedSignIn(AccountUserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts,
            SignInSources sources, KnownDevices devices, LoginKeys loginKeys) {
        this.loginKeys = loginKeys;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Say "disabled" only to someone who knows the password, so a stranger learns nothing of the account.
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.attempts = attempts;
        this.sources = sources;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = String.valueOf(authentication.getPrincipal()).strip();
        Client client = authentication.getDetails() instanceof Client c ? c : new Client(null, null, null);
        if (!sources.claim(client.address())) {
            throw new TooManyAttemptsException();
        }
        String key = devices.attemptKey(loginKeys.of(login), client.deviceToken());
        if (!attempts.admit(key)) {
            throw new LockedException("locked");
        }
        try {
            Authentication checked = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login,
                    authentication.getCredentials()));
            boolean staff = checked.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_STAFF"));
            if (!staff) {
                attempts.succeeded(key);
            }
            // Staff: the count is cleared only by the right code (SecondFactorController), so the password alone
            // cannot reset it between guesses of the code.
            var done = UsernamePasswordAuthenticationToken.authenticated(checked.getPrincipal(), null,
                    checked.getAuthorities());
            done.setDetails(new Client(client.address(), client.deviceToken(), key));
            return done;
        } catch (BadCredentialsException e) {
            attempts.failed(key);
            sources.failed(client.address());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Who is signing in, as far as the sign-in needs: the client's address, its known-device cookie and, once the
     * password is checked, the key its failures count under.
     */
    record Client(String address, String deviceToken, String attemptKey) {

        static Client of(HttpServletRequest request) {
            String token = null;
            if (request.getCookies() != null) {
                for (Cookie c : request.getCookies()) {
                    if (KnownDevices.COOKIE.equals(c.getName())) {
                        token = c.getValue();
                    }
                }
            }
            return new Client(new WebAuthenticationDetails(request).getRemoteAddress(), token, null);
        }
    }

    /** Refused before any password check: the client address must wait. */
    static final class TooManyAttemptsException extends AuthenticationServiceException {
        TooManyAttemptsException() {
            super("同一地址登录失败次数过多，须等待后再试");
        }
    }
}
