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
 * Only system administrators and supervisors may read the audit trail. Checked in the controllers rather than by
 * URL rules, so that the rule lives with the module whatever the security configuration says.
 */
final class AuditAccess {

    static final List<String> AUTHORITIES = List.of("ROLE_SYSTEM_ADMIN", "ROLE_SUPERVISOR");

    private AuditAccess() {
    }

    /** Throws an AuthenticationException if nobody is signed in, AccessDeniedException if the role is missing. */
    static void require() {
        Authentication auth = signedIn().orElseThrow(() -> new InsufficientAuthenticationException("需要登录"));
        if (heldAuthority(auth).isEmpty()) {
            throw new AccessDeniedException("只有系统管理员和监督人员可以查看审计日志");
        }
    }

    /** The first audit authority the signed-in user holds. */
    static Optional<String> heldAuthority() {
        return signedIn().flatMap(AuditAccess::heldAuthority);
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
