package org.doorstep.organization.web;

import org.doorstep.organization.Organization;
import org.doorstep.organization.UnitKind;
import org.doorstep.platform.StaffIdentity;
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
    /** The permission (granted by the accounts module's permission table) to maintain the organisation. */
    static final String EDIT = "ORGANIZATION_EDIT";

    private Roles() {
    }

    static boolean has(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    static boolean isAdmin() {
        return has(EDIT);
    }

    /**
     * A township, village or department administrator edits only their own area: the unit itself or below it. A
     * county-level administrator runs the whole platform (one deployment serves one county, and the county level
     * also loads neighbouring counties' workbooks). A principal without a unit (not a staff account) edits nothing.
     */
    static void requireWithin(Organization organization, String unitCode) {
        String scope = adminUnit();
        if (scope != null && isCountyLevel(organization, scope)) {
            return;
        }
        if (scope == null || unitCode == null || !organization.isWithin(unitCode, scope)) {
            throw new AccessDeniedException("只能修改本单位及下级单位的组织机构");
        }
    }

    /** Whole-county actions (a new county, workbook import and export) belong to county-level administrators. */
    static void requireCountyLevel(Organization organization) {
        String scope = adminUnit();
        if (scope == null || !isCountyLevel(organization, scope)) {
            throw new AccessDeniedException("只有县级系统管理员可以导入、导出整个县的组织机构");
        }
    }

    private static boolean isCountyLevel(Organization organization, String unitCode) {
        return organization.unit(unitCode).map(u -> u.kind() == UnitKind.COUNTY).orElse(false);
    }

    private static String adminUnit() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffIdentity me ? me.unitCode() : null;
    }

    /** Turned into 403 by Spring Security's exception translation. */
    static void require(String authority) {
        if (!has(authority)) {
            throw new AccessDeniedException(EDIT.equals(authority) ? "只有系统管理员可以修改组织机构"
                    : "只有工作人员可以查看组织机构");
        }
    }
}
