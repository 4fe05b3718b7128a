package org.doorstep.accounts.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.AdministratorChanges;
import org.doorstep.accounts.AdministratorChanges.Outcome;
import org.doorstep.accounts.CitizenSelfService;
import org.doorstep.accounts.CodeStep;
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

/**
 * Changing one's own password, 忘记密码 for citizens and firms (an SMS code to the registered number), and an
 * administrator setting a new one for a staff member who forgot theirs.
 */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final CitizenSelfService self;
    private final AdministratorChanges adminChanges;

    PasswordController(Accounts accounts, CitizenSelfService self, AdministratorChanges adminChanges) {
        this.adminChanges = adminChanges;
        this.accounts = accounts;
        this.self = self;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        return forgot("", model);
    }

    /** Answers alike whether the number has an account or not; only a registered number receives a code. */
    @PostMapping("/password/forgot/code")
    String forgotCode(@RequestParam(defaultValue = "") String mobile, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        CodeStep.request(() -> self.requestPasswordReset(mobile, request.getRemoteAddr()), mobile,
                "如该手机号已注册，验证码已发送至 %s，请在 %d 分钟内填写。", response, model);
        return forgot(mobile, model);
    }

    @PostMapping("/password/forgot")
    String reset(@RequestParam(defaultValue = "") String mobile, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String newPasswordConfirm, Model model, RedirectAttributes redirect) {
        try {
            self.resetPassword(mobile, code, newPassword, newPasswordConfirm);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return forgot(mobile, model);
        }
        redirect.addAttribute("reset", "");
        return "redirect:/login";
    }

    private static String forgot(String mobile, Model model) {
        model.addAttribute("mobile", mobile);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/forgot";
    }

    @GetMapping("/account/password")
    @PreAuthorize("hasAnyRole('STAFF', 'CITIZEN')")
    String form(Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("hasAnyRole('STAFF', 'CITIZEN')")
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
            Outcome outcome = adminChanges.resetPassword(id, password, me);
            redirect.addFlashAttribute("message", outcome == Outcome.APPLIED
                    ? "已为 " + account.username() + " 设置新密码，请当面或电话告知本人。"
                    : "为管理员 " + account.username() + " 设置新密码须由另一名管理员复核，已提交复核；复核通过后请当面或电话告知本人。");
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("message", account.username() + " 的新密码未保存：" + e.getMessage());
        }
        return "redirect:/console/accounts";
    }
}
