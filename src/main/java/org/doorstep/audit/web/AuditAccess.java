package org.doorstep.audit.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Only audit administrators and supervisors (the accounts module's permission table grants them {@code AUDIT_VIEW})
 * may read the audit trail. Checked in the controllers rather than by
 * URL rules, so that the rule lives with the module whatever the security configuration says.
 */
final class AuditAccess {

    static final List<String> AUTHORITIES = List.of("AUDIT_VIEW");

    private AuditAccess() {
    }

    /** Throws an AuthenticationException if nobody is signed in, AccessDeniedException if the role is missing. */
    static void require() {
        Authentication auth = signedIn().orElseThrow(() -> new InsufficientAuthenticationException("需要登录"));
        if (heldAuthority(auth).isEmpty()) {
            throw new AccessDeniedException("只有审计管理员和督查人员可以查看审计日志");
        }
    }


    private static Optional<String> heldAuthority(Authentication auth) {
        List<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return AUTHORITIES.stream().filter(held::contains).findFirst();
    }

    private static Optional<Authentication> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
