package org.doorstep.accounts.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.AdministratorChanges;
import org.doorstep.accounts.AdministratorChanges.Outcome;
import org.doorstep.accounts.NewStaffAccount;
import org.doorstep.accounts.PasswordPolicy;
import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.accounts.Role;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator manages the staff accounts of their own area; a system administrator may also unlock a
 * locked account (so that a locked-out security administrator is not stuck).
 */
@Controller
@RequestMapping("/console/accounts")
@PreAuthorize("hasAnyAuthority('ACCOUNT_MANAGE', 'ACCOUNT_UNLOCK')")
class StaffAdminController {

    private final Accounts accounts;
    private final AdministratorChanges adminChanges;
    private final UnitOptions units;
    private final Permissions permissions;

    StaffAdminController(Accounts accounts, AdministratorChanges adminChanges, UnitOptions units,
            Permissions permissions) {
        this.adminChanges = adminChanges;
        this.permissions = permissions;
        this.accounts = accounts;
        this.units = units;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewStaffAccount("", "", Set.of(), me.unitCode(), ""));
        }
        model.addAttribute("staff", accounts.staff(me.unitCode()));
        model.addAttribute("mayManage", permissions.may(me, Permission.ACCOUNT_MANAGE));
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(Role::staff).toList());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("units", units.within(me.unitCode()));
        model.addAttribute("unitNames", units.names(me.unitCode()));
        return "accounts/staff";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    String create(@AuthenticationPrincipal StaffIdentity me, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(name = "roles", required = false) List<String> roleNames,
            @RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "") String password,
            Model model, RedirectAttributes redirect) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleNames != null) {
            roleNames.stream().map(Role::of).filter(java.util.Objects::nonNull).forEach(roles::add);
        }
        NewStaffAccount form = new NewStaffAccount(username, displayName, roles, unitCode, password);
        try {
            ScopeGuard.requireWithin(accounts, unitCode, me);
            Outcome outcome = adminChanges.createStaff(form, me);
            redirect.addFlashAttribute("message", outcome == Outcome.APPLIED ? "已创建工作人员账号 " + username.strip()
                    : "管理员账号 " + username.strip() + " 须由另一名管理员复核后才会创建，已提交复核");
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", new NewStaffAccount(username, displayName, roles, unitCode, ""));
            return list(me, model);
        }
        return "redirect:/console/accounts";
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('ACCOUNT_UNLOCK')")
    String unlock(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id, RedirectAttributes redirect) {
        var account = ScopeGuard.ownStaff(accounts, id, me);
        accounts.unlock(account.username());
        redirect.addFlashAttribute("message", "已解锁 " + account.username());
        return "redirect:/console/accounts";
    }

    @PostMapping("/{id}/second-factor/reset")
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    String resetSecondFactor(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id,
            RedirectAttributes redirect) {
        var account = ScopeGuard.ownStaff(accounts, id, me);
        Outcome outcome = adminChanges.resetSecondFactor(id, me);
        redirect.addFlashAttribute("message", outcome == Outcome.APPLIED
                ? "已重置 " + account.username() + " 的身份验证器，其下次登录时须重新登记"
                : "重置管理员 " + account.username() + " 的身份验证器须由另一名管理员复核，已提交复核");
        return "redirect:/console/accounts";
    }

    @PostMapping("/{id}/enabled")
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    String enable(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        var account = ScopeGuard.ownStaff(accounts, id, me);
        accounts.setEnabled(id, enabled);
        redirect.addFlashAttribute("message", (enabled ? "已启用 " : "已停用 ") + account.username());
        return "redirect:/console/accounts";
    }
}
