package org.doorstep.accounts.internal;

import java.util.Set;

import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.accounts.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** One sign-in form for all: an 11-digit mobile number signs a citizen in, anything else a staff member. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;
    private final SignInAttempts attempts;

    AccountUserDetailsService(AccountStore store, SignInAttempts attempts) {
        this.store = store;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        boolean locked = attempts.lockedUntil(login).isPresent();
        if (locked) {
            // Known or not, a locked name answers the same way (no account enumeration); the status check that
            // follows the lookup turns this into "locked" before any password is compared.
            return new DoorstepUser(login, login, "{noop}locked", Set.of(Role.CITIZEN), null, true, true);
        }
        if (IdentityNumbers.isValidMobile(login)) {
            return store.citizenByMobile(login)
                    .map(c -> new DoorstepUser(c.mobile(), c.name(), c.passwordHash(), Set.of(Role.CITIZEN), null, true,
                            locked))
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        }
        return store.staffByUsername(login)
                .map(s -> new DoorstepUser(s.username(), s.displayName(), s.passwordHash(), s.roles(), s.unitCode(),
                        s.enabled(), locked))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
