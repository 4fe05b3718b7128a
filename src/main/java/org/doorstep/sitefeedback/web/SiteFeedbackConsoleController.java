package org.doorstep.sitefeedback.web;

import jakarta.servlet.http.HttpServletRequest;

import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PageLinks;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.sitefeedback.Feedback;
import org.doorstep.sitefeedback.SiteFeedback;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The disclosure office's list of 政府网站找错 reports: waiting ones first by default, each marked handled with a note. */
@Controller
@RequestMapping(SiteFeedbackConsoleController.ROOT)
@PreAuthorize("hasAuthority('SITE_FEEDBACK_HANDLE')")
class SiteFeedbackConsoleController {

    static final String ROOT = "/console/site-feedback";

    private final SiteFeedback feedback;

    SiteFeedbackConsoleController(SiteFeedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    String list(@RequestParam(required = false) String view, @RequestParam(required = false) String page,
            @AuthenticationPrincipal StaffIdentity me, HttpServletRequest request, Model model) {
        boolean all = "all".equals(view);
        ListPage<Feedback> shown = feedback.reports(me, !all, ListPage.number(page));
        model.addAttribute("all", all);
        model.addAttribute("reports", shown);
        model.addAttribute("links", PageLinks.of(request, shown));
        return "sitefeedback/console";
    }

    @PostMapping("/{id}/handled")
    String handled(@PathVariable long id, @RequestParam(required = false) String note,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        try {
            feedback.markHandled(id, note, me);
            redirect.addFlashAttribute("done", "已标记为已处理。");
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("failed", e.errors().getOrDefault("note", "请填写处理情况"));
        }
        return "redirect:" + ROOT;
    }
}
