package org.doorstep.accounts.web;

import java.security.Principal;
import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.PasswordPolicy;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password, and an administrator setting a new one for a staff member who forgot theirs. */
@Controller
class PasswordController {

    private final Accounts accounts;

    PasswordController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String form(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String change(Principal principal, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String newPasswordConfirm,
            Model model) {
        try {
            accounts.changeOwnPassword(principal.getName(), currentPassword, newPassword, newPasswordConfirm);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(model);
        }
        // Every session of the account has just ended, this one too: sign in again with the new password.
        return "redirect:/login?passwordChanged";
    }

    @PostMapping("/console/accounts/{id}/password")
    @PreAuthorize("hasAuthority('ACCOUNT_MANAGE')")
    String reset(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id,
            @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        var account = ScopeGuard.ownStaff(accounts, id, me);
        try {
            accounts.resetStaffPassword(id, password);
            redirect.addFlashAttribute("message", "已为 " + account.username() + " 设置新密码，请当面或电话告知本人。");
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("message", account.username() + " 的新密码未保存：" + e.getMessage());
        }
        return "redirect:/console/accounts";
    }
}
