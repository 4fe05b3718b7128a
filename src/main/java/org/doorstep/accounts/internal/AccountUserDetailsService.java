package org.doorstep.accounts.internal;

import java.util.Set;

import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.accounts.PermissionTable;
import org.doorstep.accounts.Permissions;
import org.doorstep.accounts.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** One sign-in form for all: an 11-digit mobile number signs a citizen in, anything else a staff member. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore store;
    private final Permissions permissions;

    AccountUserDetailsService(AccountStore store, Permissions permissions) {
        this.store = store;
        this.permissions = permissions;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        // Lockout is GuardedSignIn's business: it counts every attempt before this look-up is made.
        if (IdentityNumbers.isValidMobile(login)) {
            return store.citizenByMobile(login)
                    .map(c -> new DoorstepUser(c.login(), c.name(), c.passwordHash(), Set.of(Role.CITIZEN), null, true,
                            Set.of(), version(c.login())))
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        }
        return store.staffByUsername(login)
                .map(s -> new DoorstepUser(s.username(), s.displayName(), s.passwordHash(), s.roles(), s.unitCode(),
                        s.enabled(), PermissionTable.granted(s.roles(), permissions.isTop(s.unitCode())), version(s.username())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    private int version(String login) {
        return store.liveSessionVersion(login).orElse(0);
    }
}
