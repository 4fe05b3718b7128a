package org.doorstep.requests.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PageLinks;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.Application;
import org.doorstep.requests.Channel;
import org.doorstep.requests.CompetentAgency;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.requests.DisclosureRequests.Tracked;
import org.doorstep.requests.FeeDecision;
import org.doorstep.requests.FeeDecisions;
import org.doorstep.requests.Outcome;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.RemedyResult;
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
 * The disclosure office's desk for 依申请公开: registering paper applications, the due and overdue lists, and every
 * step of a request. Each step takes the date it happened on (default today).
 */
@Controller
@RequestMapping("/console/requests")
@PreAuthorize("hasAuthority('REQUEST_VIEW')")
class RequestsConsoleController {

    private static final String BASE = "/console/requests";

    private final DisclosureRequests requests;
    private final FeeDecisions fees;

    RequestsConsoleController(DisclosureRequests requests, FeeDecisions fees) {
        this.requests = requests;
        this.fees = fees;
    }

    @GetMapping
    String list(@RequestParam(required = false) String view, @RequestParam(required = false) String page,
            @AuthenticationPrincipal StaffIdentity me, HttpServletRequest request, Model model) {
        String v = view == null || !VIEWS.containsKey(view) ? "open" : view;
        ListPage<Tracked> shown = requests.requests(me, VIEWS.get(v), ListPage.number(page));
        model.addAttribute("view", v);
        model.addAttribute("tracked", shown);
        model.addAttribute("links", PageLinks.of(request, shown));
        model.addAttribute("overdueCount", label(requests.count(me, DisclosureRequests.View.OVERDUE)));
        model.addAttribute("dueCount", label(requests.count(me, DisclosureRequests.View.DUE_SOON)));
        model.addAttribute("governments", requests.governments());
        model.addAttribute("feePending", fees.pending(me));
        return "requests/console/list";
    }

    /** The views as named in links. */
    private static final java.util.Map<String, DisclosureRequests.View> VIEWS = java.util.Map.of(
            "open", DisclosureRequests.View.OPEN, "due", DisclosureRequests.View.DUE_SOON,
            "overdue", DisclosureRequests.View.OVERDUE, "all", DisclosureRequests.View.ALL);

    /** A bounded count as shown in a tab: "1,000+" beyond the cap. */
    private static String label(long counted) {
        return ListPage.of(List.of(), 1, ListPage.SIZE, counted).totalLabel();
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String newRequest(Model model) {
        return registerForm(Application.blank(), null, requests.today().toString(), model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String register(@ModelAttribute("form") Application form, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String receivedOn, @AuthenticationPrincipal StaffIdentity me, Model model,
            RedirectAttributes redirect) {
        Channel ch = channel(channel);
        LocalDate on = parseDateOrNull(receivedOn);
        DisclosureRequest r;
        try {
            if (on == null && receivedOn != null && !receivedOn.isBlank()) {
                new FieldErrors().reject("receivedOn", "日期格式应为 年-月-日，如 2026-09-07").throwIfAny();
            }
            r = requests.register(form, ch, on, me);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return registerForm(form, channel, receivedOn, model);
        }
        redirect.addFlashAttribute("message", "申请已登记，登记号 " + r.number());
        return "redirect:" + BASE + "/" + r.number();
    }

    private String registerForm(Application form, String channel, String receivedOn, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", ApplicantType.values());
        model.addAttribute("governments", requests.governments());
        model.addAttribute("deliveries", DisclosureRequests.DELIVERY);
        model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
        model.addAttribute("channel", channel);
        model.addAttribute("receivedOn", receivedOn);
        return "requests/console/new";
    }

    @GetMapping("/{number}")
    String detail(@PathVariable String number, @AuthenticationPrincipal StaffIdentity me, Model model) {
        DisclosureRequest r = requests.staffRequest(number, me);
        model.addAttribute("r", r);
        model.addAttribute("government", requests.governmentName(r.divisionCode()));
        model.addAttribute("clock", requests.clockStatus(r).orElse(null));
        model.addAttribute("notices", requests.notices(r));
        model.addAttribute("remedies", requests.remedies(r));
        model.addAttribute("today", requests.today());
        model.addAttribute("outcomes", Arrays.stream(Outcome.values()).filter(Outcome::chosenInReply).toList());
        model.addAttribute("remedyKinds", RemedyKind.values());
        model.addAttribute("remedyResults", RemedyResult.values());
        model.addAttribute("mayHandle", requests.mayHandle(me));
        model.addAttribute("feeProposal", fees.proposal(r).orElse(null));
        model.addAttribute("mayDecideFee", fees.mayDecide(me));
        return "requests/console/detail";
    }

    @GetMapping("/{number}/letter")
    String letter(@PathVariable String number, @AuthenticationPrincipal StaffIdentity me, Model model) {
        return letter(requests, requests.staffRequest(number, me), model);
    }

    /** The reply letter (告知书), shared with the portal. */
    static String letter(DisclosureRequests requests, DisclosureRequest r, Model model) {
        if (r.reply() == null) {
            throw new ConflictException("该申请尚未答复");
        }
        model.addAttribute("r", r);
        model.addAttribute("government", requests.governmentName(r.divisionCode()));
        return "requests/letter";
    }

    // ---- steps

    @PostMapping("/{number}/confirm")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String confirm(@PathVariable String number, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "已确认收到申请", () -> requests.confirmReceipt(number, date(on), me));
    }

    @PostMapping("/{number}/supplement-notice")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String supplementNotice(@PathVariable String number, @RequestParam(required = false) String items,
            @RequestParam(required = false) String workingDays, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "补正通知已发出",
                () -> requests.noticeSupplement(number, items, integer(workingDays, "workingDays"), date(on), me));
    }

    @PostMapping("/{number}/supplement-received")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String supplementReceived(@PathVariable String number, @RequestParam(required = false) String text,
            @RequestParam(required = false) String on, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "已确认收到补正，答复期限重新计算",
                () -> requests.receiveSupplement(number, text, date(on), me));
    }

    @PostMapping("/{number}/supplement-lapse")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String supplementLapse(@PathVariable String number, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "已按逾期未补正办结", () -> requests.lapseSupplement(number, date(on), me));
    }

    @PostMapping("/{number}/consultation-start")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String consultationStart(@PathVariable String number, @RequestParam(required = false) String party,
            @RequestParam(required = false) String on, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "已开始征求意见，计时暂停",
                () -> requests.startConsultation(number, party, date(on), me));
    }

    @PostMapping("/{number}/consultation-end")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String consultationEnd(@PathVariable String number, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "征求意见已结束，计时恢复", () -> requests.endConsultation(number, date(on), me));
    }

    @PostMapping("/{number}/extend")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String extend(@PathVariable String number, @RequestParam(required = false) String days,
            @RequestParam(required = false) String approver, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String on, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "已延长答复期限并告知申请人",
                () -> requests.extend(number, integer(days, "days"), approver, reason, date(on), me));
    }

    @PostMapping("/{number}/fee")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String fee(@PathVariable String number, @RequestParam(required = false) String pages,
            @RequestParam(required = false) String on, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "已计算收费建议，待政府信息公开工作机构决定收取或免收",
                () -> requests.feeByVolume(number, integer(pages, "pages"), date(on), me));
    }

    /** 条例第四十二条: the office charges (the fee notice goes out) or waives the proposed fee, with a reason. */
    @PostMapping("/{number}/fee-decision")
    @PreAuthorize("hasAuthority('REQUEST_FEE_DECIDE')")
    String feeDecision(@PathVariable String number, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        boolean charge = FeeDecision.CHARGE.name().equals(decision);
        return step(number, redirect, charge ? "已决定收取，收费通知已发送申请人" : "已决定免收信息处理费", () -> {
            FeeDecision d = option(FeeDecision.class, decision, "decision", "请选择收取或免收");
            return d == FeeDecision.CHARGE ? fees.charge(number, reason, date(on), me)
                    : fees.waive(number, reason, date(on), me);
        });
    }

    @PostMapping("/{number}/fee-paid")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String feePaid(@PathVariable String number, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "已登记缴费，计时恢复", () -> requests.feePaid(number, date(on), me));
    }

    @PostMapping("/{number}/fee-lapse")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String feeLapse(@PathVariable String number, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "已按逾期未缴费办结", () -> requests.lapseFee(number, date(on), me));
    }

    @PostMapping("/{number}/reply")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String reply(@PathVariable String number, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String text, @RequestParam(required = false) String withheld,
            @RequestParam(required = false) String withheldReason, @RequestParam(required = false) String competentAgency,
            @RequestParam(required = false) String competentContact,
            @RequestParam(required = false) String agencyUndetermined, @RequestParam(required = false) String on,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        CompetentAgency competent = agencyUndetermined != null ? CompetentAgency.UNDETERMINED
                : competentAgency == null && competentContact == null ? null
                : new CompetentAgency(competentAgency, competentContact);
        return step(number, redirect, "已答复，答复告知书已生成", () -> requests.reply(number,
                option(Outcome.class, outcome, "outcome", "请选择一种办理结果"), text, withheld, withheldReason, competent,
                date(on), me));
    }

    @PostMapping("/{number}/remedies")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String remedy(@PathVariable String number, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String result, @RequestParam(required = false) String filedOn,
            @RequestParam(required = false) String decidedOn, @RequestParam(required = false) String note,
            @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        return step(number, redirect, "已登记复议或诉讼", () -> requests.recordRemedy(number,
                option(RemedyKind.class, kind, "kind", "请选择复议或诉讼类型"),
                option(RemedyResult.class, result, "result", "请选择结果"), date(filedOn),
                blank(decidedOn) ? null : date(decidedOn), note, me));
    }

    @PostMapping("/{number}/remedies/{id}")
    @PreAuthorize("hasAuthority('REQUEST_HANDLE')")
    String updateRemedy(@PathVariable String number, @PathVariable long id,
            @RequestParam(required = false) String result, @RequestParam(required = false) String decidedOn,
            @RequestParam(required = false) String note, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        return step(number, redirect, "已更新复议或诉讼结果", () -> {
            requests.updateRemedy(number, id, option(RemedyResult.class, result, "result", "请选择结果"),
                    blank(decidedOn) ? null : date(decidedOn), note, me);
            return null;
        });
    }

    /** Runs a step; a broken rule comes back to the request page as a Chinese message, and nothing is stored. */
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

    // ---- parsing, with the same Chinese messages as the facade

    private static LocalDate date(String value) {
        if (blank(value)) {
            throw new InvalidInputException("on", "请填写办理日期");
        }
        LocalDate d = parseDateOrNull(value);
        if (d == null) {
            throw new InvalidInputException("on", "日期格式应为 年-月-日，如 2026-09-07");
        }
        return d;
    }

    private static LocalDate parseDateOrNull(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int integer(String value, String field) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "请填写整数");
        }
    }

    private static Channel channel(String value) {
        try {
            return blank(value) ? null : Channel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, message);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
