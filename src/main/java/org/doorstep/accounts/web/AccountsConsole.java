package org.doorstep.accounts.web;

import java.util.List;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Role;
import org.doorstep.organization.Organization;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The accounts module's console menu entry, and the signed-in staff member's roles for page headers. */
@Component
@ControllerAdvice
class AccountsConsole implements ConsoleMenuContributor {

    private final Organization organization;

    AccountsConsole(Organization organization) {
        this.organization = organization;
    }

    /** The name of the unit the signed-in staff member works for, shown so they know whose work they see. */
    @ModelAttribute("signedInUnit")
    String signedInUnit() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StaffIdentity me) || me.unitCode() == null) {
            return null;
        }
        return organization.unit(me.unitCode()).map(u -> u.name()).orElse(me.unitCode());
    }

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("账号管理", "/console/accounts", Permission.ACCOUNT_UNLOCK.authority(), 900),
                new MenuItem("实名核验", "/console/accounts/verify", Permission.IDENTITY_VERIFY.authority(), 910),
                new MenuItem("管理员变更复核", "/console/accounts/changes", Permission.ADMIN_CHANGE_REVIEW.authority(),
                        905));
    }

    @ModelAttribute("signedInRoles")
    List<String> signedInRoles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof StaffIdentity)) {
            return List.of();
        }
        return auth.getAuthorities().stream().map(a -> a.getAuthority())
                .flatMap(a -> java.util.Arrays.stream(Role.values()).filter(r -> r.staff() && r.authority().equals(a)))
                .map(Role::label).sorted().toList();
    }
}
