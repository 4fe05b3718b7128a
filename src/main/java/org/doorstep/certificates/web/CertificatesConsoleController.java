package org.doorstep.certificates.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.Organization;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.NotFoundException;
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
 * The certificates the signed-in officer's unit and the units below it issued; an administrator, window officer or
 * department reviewer of the issuing area may revoke one (注销) with a reason.
 */
@Controller
@PreAuthorize("hasAuthority('CERTIFICATE_VIEW')")
class CertificatesConsoleController {

    static final String ROOT = "/console/certificates";
    private static final int SHOWN = 100;

    private final Certificates certificates;
    private final Organization organization;
    private final Clock clock;
    private final Permissions permissions;

    CertificatesConsoleController(Certificates certificates, Organization organization, Clock clock,
            Permissions permissions) {
        this.permissions = permissions;
        this.certificates = certificates;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping(ROOT)
    String list(@AuthenticationPrincipal StaffIdentity me, @RequestParam(defaultValue = "") String q, Model model) {
        List<Certificate> shown = certificates.newest(q, SHOWN * 5).stream()
                .filter(c -> inArea(me, c)).limit(SHOWN).toList();
        model.addAttribute("certificates", shown);
        model.addAttribute("q", q);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayRevoke", mayRevoke(me));
        return "certificates/console";
    }

    @PostMapping(ROOT + "/{code}/revoke")
    @PreAuthorize("hasAuthority('CERTIFICATE_REVOKE')")
    String revoke(@AuthenticationPrincipal StaffIdentity me, @PathVariable String code,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        Certificate c = certificates.verify(code).filter(x -> inArea(me, x))
                .orElseThrow(() -> new NotFoundException("未找到该电子证照，或它不是本单位及下级单位签发的"));
        try {
            certificates.revoke(c.verificationCode(), reason);
            flash.addFlashAttribute("done", "已注销电子证照 " + c.number());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + ROOT + "?q=" + c.verificationCode();
    }

    private boolean inArea(StaffIdentity me, Certificate c) {
        return me.unitCode() != null && organization.isWithin(c.issuerCode(), me.unitCode());
    }

    private boolean mayRevoke(StaffIdentity me) {
        return permissions.may(me, Permission.CERTIFICATE_REVOKE);
    }
}
