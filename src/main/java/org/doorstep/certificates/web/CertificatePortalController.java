package org.doorstep.certificates.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.doorstep.accounts.Accounts;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.Certificates;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.QrCodes;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public verification page (what a certificate's QR code opens) and a citizen's own certificates. */
@Controller
class CertificatePortalController {

    private final Certificates certificates;
    private final Accounts accounts;
    private final Clock clock;

    CertificatePortalController(Certificates certificates, Accounts accounts, Clock clock) {
        this.certificates = certificates;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What a well-formed code that names no certificate is answered with, next to the field. */
    static final String NOT_FOUND = "未找到该证照，请核对校验码";

    /**
     * The form; a code of an existing certificate is sent on to its page, a malformed or unknown one is answered next
     * to the field (404 for an unknown one), keeping what was typed.
     */
    @GetMapping("/certificates/verify")
    String form(@RequestParam(required = false) String code, Model model, HttpServletResponse response) {
        if (code == null || code.isBlank()) {
            return "certificates/verify";
        }
        String normalised;
        try {
            normalised = Certificates.normaliseCode(code);
        } catch (InvalidInputException e) {
            model.addAttribute("code", code);
            model.addAttribute("error", e.getMessage());
            return "certificates/verify";
        }
        if (certificates.verify(normalised).isEmpty()) {
            return notFound(code, model, response);
        }
        return "redirect:" + Certificate.VERIFY_PATH + normalised;
    }

    @GetMapping(Certificate.VERIFY_PATH + "{code}")
    String certificate(@PathVariable String code, Model model, HttpServletResponse response) {
        java.util.Optional<Certificate> found;
        try {
            found = certificates.verify(code);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
            model.addAttribute("error", e.getMessage());
            return "certificates/verify";
        }
        if (found.isEmpty()) {
            // A code typed into the address bar gets the same form as one typed into the field.
            return notFound(code.length() > 40 ? code.substring(0, 40) : code, model, response);
        }
        Certificate c = found.get();
        model.addAttribute("certificate", c);
        model.addAttribute("status", c.statusOn(LocalDate.now(clock)));
        return "certificates/certificate";
    }

    @GetMapping(Certificate.VERIFY_PATH + "{code}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        return QrCodes.forPage(found(code).verificationPath());
    }

    @GetMapping("/my/certificates")
    @PreAuthorize("hasRole('CITIZEN')")
    String mine(@AuthenticationPrincipal StaffIdentity me, Model model) {
        // A person's certificates are held under the 身份证号, a firm's under its 统一社会信用代码.
        // Only once the account is identity-verified: a number typed at registration is merely claimed.
        var holder = accounts.holderIdentifier(me.username());
        List<Certificate> held = holder.map(certificates::heldBy).orElse(List.of());
        model.addAttribute("certificates", held);
        model.addAttribute("verified", holder.isPresent());
        model.addAttribute("howToVerify", org.doorstep.accounts.IdentityVerification.HOW_TO_VERIFY);
        model.addAttribute("today", LocalDate.now(clock));
        return "certificates/mine";
    }

    private static String notFound(String code, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("code", code);
        model.addAttribute("error", NOT_FOUND);
        return "certificates/verify";
    }

    private Certificate found(String code) {
        return certificates.verify(code)
                .orElseThrow(() -> new NotFoundException("未找到与该验证码对应的电子证照，请核对验证码，或联系发证单位"));
    }
}
