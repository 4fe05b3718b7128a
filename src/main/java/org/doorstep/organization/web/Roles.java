package org.doorstep.organization.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do what on the organisation pages. Checked in the controllers themselves, so the rule holds whether or
 * not method security is switched on.
 */
final class Roles {

    static final String STAFF = "ROLE_STAFF";
    static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";

    private Roles() {
    }

    static boolean has(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    static boolean isAdmin() {
        return has(SYSTEM_ADMIN);
    }

    /** Turned into 403 by Spring Security's exception translation. */
    static void require(String authority) {
        if (!has(authority)) {
            throw new AccessDeniedException(SYSTEM_ADMIN.equals(authority) ? "只有系统管理员可以修改组织机构"
                    : "只有工作人员可以查看组织机构");
        }
    }
}
