package org.doorstep.accounts.web;

import org.doorstep.accounts.IdentityDocument;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 窗口实名核验: a window officer who has seen the applicant's ID card or business licence finds the account by its
 * mobile number and marks it identity-verified with the number typed from the document.
 */
@Controller
@RequestMapping("/console/accounts/verify")
@PreAuthorize("hasAuthority('IDENTITY_VERIFY')")
class WindowVerificationController {

    private final IdentityVerification verification;

    WindowVerificationController(IdentityVerification verification) {
        this.verification = verification;
    }

    @GetMapping
    String form(@RequestParam(defaultValue = "") String mobile, Model model) {
        return page(mobile.strip(), null, "", model);
    }

    @PostMapping
    String verify(@AuthenticationPrincipal StaffIdentity me, @RequestParam(defaultValue = "") String mobile,
            @RequestParam(defaultValue = "") String document, @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "false") boolean seen, Model model, RedirectAttributes redirect) {
        IdentityDocument doc = parse(document);
        if (!seen) {
            model.addAttribute("errors", java.util.Map.of("seen", "请先核对证件原件，确认持证人就是本人后再勾选"));
            return page(mobile.strip(), doc, number, model);
        }
        try {
            verification.verifyAtWindow(mobile, doc, number, me);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return page(mobile.strip(), doc, number, model);
        }
        redirect.addFlashAttribute("message", "已完成实名核验：该账号现在可以查看本人证照和办件、在线申请和免证办。");
        redirect.addAttribute("mobile", mobile.strip());
        return "redirect:/console/accounts/verify";
    }

    private String page(String mobile, IdentityDocument document, String number, Model model) {
        model.addAttribute("mobile", mobile);
        model.addAttribute("documents", IdentityDocument.values());
        model.addAttribute("document", document);
        model.addAttribute("number", number);
        model.addAttribute("searched", !mobile.isEmpty());
        model.addAttribute("account", mobile.isEmpty() ? null : verification.find(mobile).orElse(null));
        return "accounts/verify";
    }

    private static IdentityDocument parse(String value) {
        for (IdentityDocument d : IdentityDocument.values()) {
            if (d.name().equals(value)) {
                return d;
            }
        }
        return null;
    }
}
