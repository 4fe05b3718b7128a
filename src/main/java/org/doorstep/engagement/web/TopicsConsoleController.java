package org.doorstep.engagement.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.doorstep.engagement.Consultations;
import org.doorstep.engagement.TopicProposal;
import org.doorstep.engagement.TopicRequest;
import org.doorstep.engagement.Topics;
import org.doorstep.engagement.Topics.Tracked;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The desk for 点题公开: the office logs hotline topics, accepts or declines them and issues the 点题限时反馈通知书; the
 * department answers; the office sends the answer to confidentiality review on its way into 回应关切.
 */
@Controller
@RequestMapping("/console/topics")
@PreAuthorize("hasAuthority('TOPIC_VIEW')")
class TopicsConsoleController {

    private static final String BASE = "/console/topics";

    private final Topics topics;

    TopicsConsoleController(Topics topics) {
        this.topics = topics;
    }

    @GetMapping
    String list(@RequestParam(required = false) String view, @RequestParam(required = false) String page,
            @AuthenticationPrincipal StaffIdentity me, HttpServletRequest request, Model model) {
        String v = view == null || !VIEWS.containsKey(view) ? "open" : view;
        ListPage<Tracked> shown = topics.topics(me, VIEWS.get(v), ListPage.number(page));
        model.addAttribute("view", v);
        model.addAttribute("tracked", shown);
        model.addAttribute("links", PageLinks.of(request, shown));
        model.addAttribute("overdueCount",
                ListPage.of(List.of(), 1, ListPage.SIZE, topics.count(me, Topics.View.OVERDUE)).totalLabel());
        model.addAttribute("governments", topics.governments());
        model.addAttribute("officer", topics.isOfficer(me));
        return "engagement/console/topics";
    }

    /** The views as named in links. */
    static final java.util.Map<String, Topics.View> VIEWS = java.util.Map.of("open", Topics.View.OPEN,
            "proposed", Topics.View.PROPOSED, "assigned", Topics.View.ASSIGNED_TO_ANSWER, "answered",
            Topics.View.ANSWERED, "overdue", Topics.View.OVERDUE, "all", Topics.View.ALL);

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('TOPIC_HANDLE')")
    String hotlineForm(Model model) {
        return hotlineForm(TopicProposal.blank(), topics.today().toString(), model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('TOPIC_HANDLE')")
    String logHotline(@ModelAttribute("form") TopicProposal form, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, Model model, RedirectAttributes redirect) {
        TopicRequest t;
        try {
            LocalDate day = Consultations.date(on);
            if (day == null && on != null && !on.isBlank()) {
                new FieldErrors().reject("on", "日期格式应为 年-月-日，如 2026-09-07").throwIfAny();
            }
            t = topics.logHotline(form, day, me);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return hotlineForm(form, on, model);
        }
        redirect.addFlashAttribute("message", "点题已登记，编号 " + t.number());
        return "redirect:" + BASE + "/" + t.number();
    }

    private String hotlineForm(TopicProposal form, String on, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("on", on);
        model.addAttribute("governments", topics.governments());
        return "engagement/console/new-topic";
    }

    @GetMapping("/{number}")
    String detail(@PathVariable String number, @AuthenticationPrincipal StaffIdentity me, Model model) {
        TopicRequest t = topics.staffTopic(number, me);
        model.addAttribute("t", t);
        model.addAttribute("government", topics.governmentName(t.divisionCode()));
        model.addAttribute("clock", t.feedbackDays() == null ? null : topics.clockStatus(t).orElse(null));
        model.addAttribute("notices", topics.notices(t));
        model.addAttribute("departments", topics.departments(t.divisionCode()));
        model.addAttribute("officer", topics.isOfficer(me));
        model.addAttribute("answers", topics.answersFor(t, me));
        model.addAttribute("today", topics.today());
        model.addAttribute("defaultDays", Topics.DEFAULT_FEEDBACK_DAYS);
        return "engagement/console/topic";
    }

    @PostMapping("/{number}/accept")
    @PreAuthorize("hasAuthority('TOPIC_HANDLE')")
    String accept(@PathVariable String number, @RequestParam(required = false) String departmentCode,
            @RequestParam(required = false) String feedbackDays, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "已受理，点题限时反馈通知书已发出", () -> topics.accept(number, departmentCode,
                integer(feedbackDays, "feedbackDays"), date(on), me));
    }

    @PostMapping("/{number}/decline")
    @PreAuthorize("hasAuthority('TOPIC_HANDLE')")
    String decline(@PathVariable String number, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String on, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "已决定不予受理并告知点题人", () -> topics.decline(number, reason, date(on), me));
    }

    @PostMapping("/{number}/answer")
    @PreAuthorize("hasAuthority('TOPIC_ANSWER')")
    String answer(@PathVariable String number, @RequestParam(required = false) String text,
            @RequestParam(required = false) String on, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "答复已提交", () -> topics.answer(number, text, date(on), me));
    }

    @PostMapping("/{number}/submit")
    @PreAuthorize("hasAuthority('TOPIC_HANDLE')")
    String submit(@PathVariable String number, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "答复已转为回应关切文件并提交保密审查", () -> topics.submitAnswer(number, me));
    }

    /** Runs a step; a broken rule comes back to the topic page as a Chinese message, and nothing is stored. */
    private String step(String number, RedirectAttributes redirect, String done, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidFieldsException e) {
            redirect.addFlashAttribute("stepErrors", e.errors());
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + "/" + number;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("on", "请填写日期");
        }
        LocalDate d = Consultations.date(value);
        if (d == null) {
            throw new InvalidInputException("on", "日期格式应为 年-月-日，如 2026-09-07");
        }
        return d;
    }

    private static int integer(String value, String field) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "请填写整数");
        }
    }
}
