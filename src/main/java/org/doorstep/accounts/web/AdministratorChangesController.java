package org.doorstep.accounts.web;

import java.util.UUID;

import org.doorstep.accounts.AdministratorChanges;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where the system, security and audit administrators review each other's changes to administrator accounts. */
@Controller
@RequestMapping("/console/accounts/changes")
@PreAuthorize("hasAuthority('ADMIN_CHANGE_REVIEW')")
class AdministratorChangesController {

    private final AdministratorChanges changes;
    private final UnitOptions units;

    AdministratorChangesController(AdministratorChanges changes, UnitOptions units) {
        this.changes = changes;
        this.units = units;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
        model.addAttribute("changes", changes.pending(me));
        model.addAttribute("unitNames", units.names(me.unitCode()));
        return "accounts/changes";
    }

    @PostMapping("/{id}/approve")
    String approve(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id, RedirectAttributes redirect) {
        changes.approve(id, me);
        redirect.addFlashAttribute("message", "已复核通过，变更已生效");
        return "redirect:/console/accounts/changes";
    }

    @PostMapping("/{id}/reject")
    String reject(@AuthenticationPrincipal StaffIdentity me, @PathVariable UUID id, RedirectAttributes redirect) {
        changes.reject(id, me);
        redirect.addFlashAttribute("message", "已退回，变更未生效");
        return "redirect:/console/accounts/changes";
    }
}
