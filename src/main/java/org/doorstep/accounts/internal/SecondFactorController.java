package org.doorstep.accounts.internal;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.doorstep.accounts.AccountChanged;
import org.doorstep.platform.QrCodes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a staff sign-in: the code of the authenticator app (or a recovery code), and at the first
 * sign-in the enrolment of the app. Reached only with a {@link SecondFactorPending} authentication.
 */
@Controller
class SecondFactorController {

    static final String ISSUER = "家门口";
    private static final String ENROLLING = SecondFactorController.class.getName() + ".secret";

    private final SecondFactor factor;
    private final SignInAttempts attempts;
    private final AccountUserDetailsService users;
    private final SignInCompletion completion;
    private final ApplicationEventPublisher events;
    private final SignInSources sources;

    SecondFactorController(SecondFactor factor, SignInAttempts attempts, AccountUserDetailsService users,
            SignInCompletion completion, ApplicationEventPublisher events, SignInSources sources) {
        this.events = events;
        this.sources = sources;
        this.factor = factor;
        this.attempts = attempts;
        this.users = users;
        this.completion = completion;
    }

    @GetMapping("/login/second-factor")
    String codeForm(Model model) {
        SecondFactorPending pending = pending();
        return factor.enrolled(pending.getName()) ? "accounts/second-factor" : "redirect:/login/second-factor/enrol";
    }

    @PostMapping("/login/second-factor")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SecondFactorPending pending = pending();
        String username = pending.getName();
        if (!attempts.admit(pending.attemptKey())) {
            return signOut(request, "/login?locked");
        }
        boolean ok = code.strip().matches("\\d{6}") ? factor.verify(username, code)
                : factor.useRecoveryCode(username, code);
        if (!ok) {
            attempts.failed(pending.attemptKey());
            sources.failed(GuardedSignIn.Client.of(request).address());
            events.publishEvent(new AccountChanged("accounts.second-factor.failed", username, null, null));
            model.addAttribute("error", "验证码不正确或已使用过，请输入验证器上最新的 6 位验证码");
            return "accounts/second-factor";
        }
        attempts.succeeded(pending.attemptKey());
        return finish(username, request, response);
    }

    @GetMapping("/login/second-factor/enrol")
    String enrolForm(HttpSession session, Model model) {
        String username = pending().getName();
        if (factor.enrolled(username)) {
            return "redirect:/login/second-factor";
        }
        String secret = (String) session.getAttribute(ENROLLING);
        if (secret == null) {
            secret = factor.newSecret();
            session.setAttribute(ENROLLING, secret);
        }
        return enrolPage(username, secret, null, model);
    }

    @PostMapping("/login/second-factor/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        SecondFactorPending pending = pending();
        String username = pending.getName();
        String secret = (String) session.getAttribute(ENROLLING);
        if (secret == null || factor.enrolled(username)) {
            return "redirect:/login/second-factor";
        }
        if (!attempts.admit(pending.attemptKey())) {
            return signOut(request, "/login?locked");
        }
        Optional<List<String>> codes = factor.enrol(username, secret, code);
        if (codes.isEmpty()) {
            attempts.failed(pending.attemptKey());
            sources.failed(GuardedSignIn.Client.of(request).address());
            return enrolPage(username, secret, "验证码不正确。请确认手机时间准确，并输入验证器上最新的 6 位验证码", model);
        }
        attempts.succeeded(pending.attemptKey());
        session.removeAttribute(ENROLLING);
        events.publishEvent(new AccountChanged("accounts.second-factor.enrolled", username, null, null));
        String next = finish(username, request, response);
        if (next.startsWith("redirect:/login")) {
            return next;
        }
        // Shown once, in this answer only: the codes are stored hashed.
        model.addAttribute("codes", codes.get());
        model.addAttribute("next", next.substring("redirect:".length()));
        return "accounts/recovery-codes";
    }

    private String enrolPage(String username, String secret, String error, Model model) {
        byte[] png = QrCodes.png(SecondFactor.uri(ISSUER, username, secret), 220);
        model.addAttribute("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        model.addAttribute("secretGroups", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("error", error);
        return "accounts/second-factor-enrol";
    }

    private String finish(String username, HttpServletRequest request, HttpServletResponse response) {
        DoorstepUser user;
        try {
            user = (DoorstepUser) users.loadUserByUsername(username);
        } catch (RuntimeException e) {
            return signOut(request, "/login?error");
        }
        if (!user.isEnabled()) {
            return signOut(request, "/login?disabled");
        }
        if (user.sessionVersion() != pending().sessionVersion()) {
            // Password changed or reset, or the account unlocked, since this password was given.
            return signOut(request, "/login?signedOut");
        }
        return "redirect:" + completion.complete(user, request, response);
    }

    private static String signOut(HttpServletRequest request, String to) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:" + to;
    }

    private static SecondFactorPending pending() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending p) {
            return p;
        }
        throw new org.springframework.security.access.AccessDeniedException("请先输入账号和密码");
    }
}
