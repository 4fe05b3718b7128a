package org.doorstep.accounts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Role;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal, staff or citizen. Its display name never holds an ID or phone number. */
final class DoorstepUser implements UserDetails, StaffIdentity, CredentialsContainer, VersionedSession {

    private final String login;
    private final String displayName;
    private String passwordHash;
    private final Set<Role> roles;
    private final String unitCode;
    private final boolean enabled;
    private final Set<Permission> permissions;
    private final int sessionVersion;

    DoorstepUser(String login, String displayName, String passwordHash, Set<Role> roles, String unitCode,
            boolean enabled, Set<Permission> permissions, int sessionVersion) {
        this.permissions = Set.copyOf(permissions);
        this.sessionVersion = sessionVersion;
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = Set.copyOf(roles);
        this.unitCode = unitCode;
        this.enabled = enabled;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Stream<String> staff = roles.stream().anyMatch(Role::staff) ? Stream.of("ROLE_STAFF") : Stream.empty();
        return Stream.of(staff, roles.stream().map(Role::authority), permissions.stream().map(Permission::authority))
                .flatMap(s -> s).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
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
        return roles.stream().sorted().map(Role::name).findFirst().orElse(Role.CITIZEN.name());
    }

    @Override
    public Set<String> roleCodes() {
        return roles.stream().map(Role::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public String unitCode() {
        return unitCode;
    }

    /** The account's session version when this session signed in; see {@link SessionRevocation}. */
    @Override
    public int sessionVersion() {
        return sessionVersion;
    }

    @Override
    public String sessionLogin() {
        return login;
    }

    List<Role> roles() {
        return roles.stream().sorted().toList();
    }

    @Override
    public String toString() {
        // Never print the login: for citizens it is a mobile number.
        return "DoorstepUser[" + roleCode() + "]";
    }
}
