package org.doorstep.accounts;

import java.util.LinkedHashSet;
import java.util.Set;

import org.doorstep.organization.Organization;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Answers "may this account take this action?" from the {@link PermissionTable}, for module code. */
@Service
public class Permissions {

    private final Organization organization;

    Permissions(Organization organization) {
        this.organization = organization;
    }

    public boolean may(StaffIdentity me, Permission permission) {
        return me != null && granted(me).contains(permission);
    }

    /** Refuses (403, with the action named in Chinese) unless the account may take the action. */
    public void require(StaffIdentity me, Permission permission) {
        if (!may(me, permission)) {
            throw new AccessDeniedException("您的角色不能" + permission.label());
        }
    }

    /** Everything the account may do. */
    public Set<Permission> granted(StaffIdentity me) {
        Set<Role> roles = new LinkedHashSet<>();
        for (String code : me.roleCodes()) {
            Role r = Role.of(code);
            if (r != null) {
                roles.add(r);
            }
        }
        return PermissionTable.granted(roles, isTop(me.unitCode()));
    }

    /** Whether the unit is a division at the top of the organisation (the county of a county platform). */
    public boolean isTop(String unitCode) {
        return unitCode != null && organization.division(unitCode)
                .map(d -> d.parentCode() == null || organization.division(d.parentCode()).isEmpty()).orElse(false);
    }
}
