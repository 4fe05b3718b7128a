package org.doorstep.engagement.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.doorstep.disclosure.GovDocument;
import org.doorstep.engagement.ConsultationChannel;
import org.doorstep.engagement.ConsultationEntry;
import org.doorstep.engagement.ConsultationList;
import org.doorstep.engagement.Consultations;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PageLinks;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** Logging and listing consultations, and the hot-topics view with its one action: start a proactive draft. */
@Controller
@PreAuthorize("hasAuthority('CONSULTATION_VIEW')")
class ConsultationsConsoleController {

    private final Consultations consultations;

    ConsultationsConsoleController(Consultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/console/consultations")
    String list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String category,
            @RequestParam(required = false) String page, @AuthenticationPrincipal StaffIdentity me, Model model,
            HttpServletRequest request) {
        LocalDate today = consultations.today();
        LocalDate f = orDefault(from, today.minusDays(29));
        LocalDate t = orDefault(to, today);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("channel", channel);
        model.addAttribute("category", category);
        try {
            ConsultationList list = consultations.list(me, f, t, Consultations.option(channel), category,
                    ListPage.number(page));
            model.addAttribute("list", list);
            model.addAttribute("links", PageLinks.of(request, list.page()));
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
        }
        return options(model, "engagement/console/consultations");
    }

    @GetMapping("/console/consultations/new")
    @PreAuthorize("hasAuthority('CONSULTATION_LOG')")
    String form(Model model) {
        return form(ConsultationEntry.blank(consultations.today().toString()), model);
    }

    @PostMapping("/console/consultations/new")
    @PreAuthorize("hasAuthority('CONSULTATION_LOG')")
    String log(@ModelAttribute("form") ConsultationEntry form, @AuthenticationPrincipal StaffIdentity me, Model model,
            RedirectAttributes redirect) {
        try {
            consultations.log(form, me);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(form, model);
        }
        redirect.addFlashAttribute("message", "咨询已登记");
        return "redirect:/console/consultations";
    }

    private String form(ConsultationEntry form, Model model) {
        model.addAttribute("form", form);
        return options(model, "engagement/console/new-consultation");
    }

    @GetMapping("/console/hot-topics")
    String hot(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @AuthenticationPrincipal StaffIdentity me, Model model) {
        LocalDate today = consultations.today();
        LocalDate f = from == null ? today.minusDays(29) : Consultations.date(from);
        LocalDate t = to == null ? today : Consultations.date(to);
        model.addAttribute("from", from == null ? f.toString() : from);
        model.addAttribute("to", to == null ? t.toString() : to);
        model.addAttribute("officer", consultations.mayDraft(me));
        try {
            model.addAttribute("hot", consultations.hotTopics(me, f, t));
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
        }
        return "engagement/console/hot-topics";
    }

    @PostMapping("/console/hot-topics/draft")
    @PreAuthorize("hasAuthority('HOT_TOPIC_DRAFT')")
    String draft(@RequestParam(required = false) String kind, @RequestParam(required = false) String term,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        try {
            GovDocument d = consultations.startDraft(me, kind, term, Consultations.date(from),
                    Consultations.date(to));
            redirect.addFlashAttribute("message", "已根据热点“" + term + "”生成主动公开草稿，请修改后提交保密审查");
            return "redirect:/console/disclosure/documents/" + d.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/hot-topics";
        }
    }

    private static LocalDate orDefault(String value, LocalDate fallback) {
        LocalDate d = Consultations.date(value);
        return d == null ? fallback : d;
    }

    private static String options(Model model, String view) {
        model.addAttribute("channels", ConsultationChannel.values());
        model.addAttribute("categories", Consultations.CATEGORIES);
        Map<String, String> channels = new LinkedHashMap<>();
        for (ConsultationChannel c : ConsultationChannel.values()) {
            channels.put(c.name(), c.label());
        }
        Map<String, String> categories = new LinkedHashMap<>();
        Consultations.CATEGORIES.forEach(c -> categories.put(c, c));
        model.addAttribute("channelOptions", channels);
        model.addAttribute("categoryOptions", categories);
        return view;
    }
}
