package org.doorstep.accounts.web;

import java.security.Principal;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.accounts.PasswordPolicy;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, citizen/firm registration and the citizen's own page. */
@Controller
class SignInController {

    private final Accounts accounts;
    private final IdentityVerification verification;

    SignInController(Accounts accounts, IdentityVerification verification) {
        this.accounts = accounts;
        this.verification = verification;
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

    @PostMapping("/register")
    String register(@ModelAttribute("form") CitizenRegistration form, Model model, RedirectAttributes redirect) {
        try {
            accounts.register(form);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            // Passwords are never sent back into the page.
            model.addAttribute("form", new CitizenRegistration(form.kind(), form.name(), form.idNumber(),
                    form.creditCode(), form.contactName(), form.mobile(), "", ""));
            return "accounts/register";
        }
        redirect.addAttribute("registered", "");
        return "redirect:/login";
    }

    @GetMapping("/my")
    String my(Principal principal, Model model) {
        model.addAttribute("profile", accounts.citizen(principal.getName()).orElse(null));
        model.addAttribute("verification", verification.of(principal.getName()));
        model.addAttribute("howToVerify", IdentityVerification.HOW_TO_VERIFY);
        return "accounts/my";
    }
}
