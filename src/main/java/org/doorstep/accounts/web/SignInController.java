package org.doorstep.accounts.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.internal.RegisteredSignIn;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.accounts.CitizenSelfService;
import org.doorstep.accounts.CodeStep;
import org.doorstep.accounts.PasswordPolicy;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in, citizen/firm registration and the citizen's own page. Registration takes two presses on one form:
 * 获取验证码 sends an SMS to the mobile number, 注册 stores the account only with the code from it.
 */
@Controller
class SignInController {

    private final Accounts accounts;
    private final IdentityVerification verification;
    private final CitizenSelfService self;
    private final RegisteredSignIn signIn;

    SignInController(Accounts accounts, IdentityVerification verification, CitizenSelfService self,
            RegisteredSignIn signIn) {
        this.accounts = accounts;
        this.verification = verification;
        this.self = self;
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String login() {
        return "accounts/login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", new CitizenRegistration("PERSON", "", "", "", "", "", "", ""));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "accounts/register";
    }

    /** The same answer for a registered and an unregistered number: only the SMS the number receives differs. */
    @PostMapping("/register/code")
    String registrationCode(@ModelAttribute("form") CitizenRegistration form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        CodeStep.request(() -> self.requestRegistrationCode(form.mobile(), request.getRemoteAddr()), form.mobile(),
                "短信已发送至 %s，请填写短信中的验证码（%d 分钟内有效）。", response, model);
        return form(form, model);
    }

    /** A registered citizen is signed in at once (a new session), not sent to sign in again. */
    @PostMapping("/register")
    String register(@ModelAttribute("form") CitizenRegistration form,
            @RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            self.register(form, code);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(form, model);
        }
        String home = signIn.signIn(form.mobile(), request, response);
        redirect.addFlashAttribute("registered", true);
        return "redirect:" + home;
    }

    /** The form again, without the passwords (never sent back into a page). */
    private static String form(CitizenRegistration form, Model model) {
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("form", new CitizenRegistration(form.kind(), form.name(), form.idNumber(),
                form.creditCode(), form.contactName(), form.mobile(), "", ""));
        return "accounts/register";
    }

    @GetMapping("/my")
    String my(Principal principal, Model model) {
        model.addAttribute("profile", accounts.citizen(principal.getName()).orElse(null));
        model.addAttribute("verification", verification.of(principal.getName()));
        model.addAttribute("howToVerify", IdentityVerification.HOW_TO_VERIFY);
        return "accounts/my";
    }
}
