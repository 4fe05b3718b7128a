package org.doorstep.audit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.doorstep.audit.AuditPage;
import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.doorstep.organization.DivisionCodes;
import org.doorstep.organization.Organization;
import org.doorstep.organization.UnitKind;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit log page: search, newest first, and the integrity check. */
@Controller
@RequestMapping("/console/audit")
class AuditConsoleController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail audit;
    private final Organization organization;

    AuditConsoleController(AuditTrail audit, Organization organization) {
        this.audit = audit;
        this.organization = organization;
    }

    /**
     * Township and village viewers see only their own area's entries; county-level viewers see everything, including
     * the platform's own (system) entries.
     */
    AuditQuery scoped(AuditQuery query, StaffIdentity me) {
        String unit = me == null ? null : me.unitCode();
        if (unit == null || organization.unit(unit).map(u -> u.kind() == UnitKind.COUNTY).orElse(false)) {
            return query;
        }
        String area = DivisionCodes.isWellFormed(unit) ? DivisionCodes.significantPrefix(unit) : unit;
        String asked = query.unitCodePrefix();
        String prefix = asked != null && asked.startsWith(area) ? asked : area;
        return new AuditQuery(query.from(), query.to(), query.actor(), query.actionPrefix(), query.subjectContains(),
                prefix);
    }

    @GetMapping
    String log(@ModelAttribute("q") AuditSearchForm form, BindingResult binding,
            @AuthenticationPrincipal StaffIdentity me, Model model) {
        AuditAccess.require();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : binding.getFieldErrors()) {
            errors.putIfAbsent(e.getField(), switch (e.getField()) {
                case "from", "to" -> "日期格式应为 年-月-日，如 2026-01-31";
                default -> "翻页参数无效，请重新查询";
            });
        }
        if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
            errors.put("to", "结束日期不能早于开始日期");
        }
        if (errors.isEmpty()) {
            try {
                AuditPage page = audit.search(scoped(form.toQuery(), me), form.getOlderThan(), form.getNewerThan(), PAGE_SIZE);
                model.addAttribute("rows", page.entries().stream().map(AuditRow::of).toList());
                model.addAttribute("olderHref", page.olderCursor() == null ? null : form.link(page.olderCursor(), null));
                model.addAttribute("newerHref", page.newerCursor() == null
                        ? (page.hasNewer() ? form.link(null, null) : null) : form.link(null, page.newerCursor()));
            } catch (InvalidInputException e) {
                errors.put(e.field() == null ? "form" : e.field(), e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        return "audit/log";
    }

    /** Writes a signed checkpoint of the chain head now; the answer is shown on the log page. */
    @PostMapping("/checkpoint")
    String checkpoint(RedirectAttributes redirect) {
        AuditAccess.require();
        try {
            redirect.addFlashAttribute("checkpoint", audit.checkpoint());
        } catch (IllegalStateException e) {
            // An unwritable folder is a setting for the administrator to fix, not a 500.
            org.slf4j.LoggerFactory.getLogger(AuditConsoleController.class).error("Audit checkpoint not written", e);
            redirect.addFlashAttribute("checkpointError",
                    "检查点未能写入：请检查 DOORSTEP_AUDIT_CHECKPOINT_DIR 所指目录是否存在并可写");
        }
        return "redirect:/console/audit";
    }

    /** Runs the full verification; the answer is shown on the log page (post, redirect, get). */
    @PostMapping("/verification")
    String verify(RedirectAttributes redirect) {
        AuditAccess.require();
        redirect.addFlashAttribute("verification", audit.verify());
        return "redirect:/console/audit";
    }
}
