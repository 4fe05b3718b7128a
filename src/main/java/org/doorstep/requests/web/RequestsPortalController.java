package org.doorstep.requests.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.accounts.CodeStep;
import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.accounts.VerificationCodes;
import org.doorstep.accounts.VerificationCodes.Purpose;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.TooManyRequestsException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.requests.Application;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.requests.RequestStatusLookup;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of 依申请公开: anyone may apply (no sign-in needed, 条例第二十七条); signed-in citizens follow their
 * applications under 我的申请, send the supplement and read the reply letter there.
 */
@Controller
class RequestsPortalController {

    private final DisclosureRequests requests;
    private final VerificationCodes codes;
    private final RequestStatusLookup lookups;

    RequestsPortalController(DisclosureRequests requests, VerificationCodes codes, RequestStatusLookup lookups) {
        this.requests = requests;
        this.codes = codes;
        this.lookups = lookups;
    }

    @GetMapping("/disclosure-requests/apply")
    String form(@RequestParam(required = false) String division, Model model) {
        Application blank = Application.blank();
        return form(new Application(blank.applicantType(), "", "", "", "", "", "", "", division == null ? "" : division,
                "", ""), model);
    }

    /** Sends the code that proves the mobile number (not needed for a signed-in citizen's own number). */
    @PostMapping("/disclosure-requests/apply/code")
    String code(@ModelAttribute("form") Application form, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        CodeStep.request(() -> codes.send(form.mobile(), Purpose.ANONYMOUS_FORM, request.getRemoteAddr()),
                form.mobile(), "验证码已发送至 %s，请填写短信中的验证码（%d 分钟内有效）后提交申请。", response, model);
        return form(form, model);
    }

    @PostMapping("/disclosure-requests/apply")
    String apply(@ModelAttribute("form") Application form, @RequestParam(required = false) String code,
            Authentication auth, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        String login = citizenLogin(auth);
        DisclosureRequest r;
        try {
            r = requests.apply(form, new PortalSubmitter(login, request.getRemoteAddr(), code));
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(form, model);
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("codeRefused", e.getMessage());
            return form(form, model);
        }
        redirect.addFlashAttribute("number", r.number());
        redirect.addFlashAttribute("queryCode", lookups.queryCodeOf(r.number()).orElse(null));
        redirect.addFlashAttribute("mine", login != null);
        return "redirect:/disclosure-requests/submitted";
    }

    @GetMapping("/disclosure-requests/submitted")
    String submitted(Model model) {
        if (!model.containsAttribute("number")) {
            return "redirect:/disclosure-requests/apply";
        }
        return "requests/portal/submitted";
    }

    /** The progress check without signing in: posted, so the query code never lands in addresses or logs. */
    @GetMapping("/disclosure-requests/status")
    String statusForm() {
        return "requests/portal/status";
    }

    @PostMapping("/disclosure-requests/status")
    String status(@RequestParam(required = false) String number, @RequestParam(required = false) String queryCode,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("number", number);
        try {
            lookups.lookup(number, queryCode, request.getRemoteAddr()).ifPresentOrElse(
                    found -> model.addAttribute("found", found),
                    () -> model.addAttribute("notFound", RequestStatusLookup.LOOKUP_FAILED));
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("notFound", e.getMessage());
        }
        return "requests/portal/status";
    }

    private String form(Application form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", ApplicantType.values());
        model.addAttribute("governments", requests.governments());
        model.addAttribute("deliveries", DisclosureRequests.DELIVERY);
        model.addAttribute("smsCode", true);
        return "requests/portal/apply";
    }

    // ---- 我的申请 (signed-in citizens; /my/** needs ROLE_CITIZEN)

    @GetMapping("/my/requests")
    String mine(@AuthenticationPrincipal StaffIdentity me, Model model) {
        model.addAttribute("requests", requests.mine(me.username()));
        return "requests/portal/mine";
    }

    @GetMapping("/my/requests/{number}")
    String mine(@PathVariable String number, @AuthenticationPrincipal StaffIdentity me, Model model) {
        return detail(requests.myRequest(number, me.username()), model);
    }

    @PostMapping("/my/requests/{number}/supplement")
    String supplement(@PathVariable String number, @RequestParam(required = false) String text,
            @AuthenticationPrincipal StaffIdentity me,
            Model model, RedirectAttributes redirect) {
        try {
            requests.supplementByApplicant(number, text, me.username());
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("text", text);
            return detail(requests.myRequest(number, me.username()), model);
        }
        redirect.addFlashAttribute("message", "补正内容已提交，工作人员确认收到后重新计算答复期限。");
        return "redirect:/my/requests/" + number;
    }

    @GetMapping("/my/requests/{number}/letter")
    String letter(@PathVariable String number, @AuthenticationPrincipal StaffIdentity me, Model model) {
        return RequestsConsoleController.letter(requests, requests.myRequest(number, me.username()), model);
    }

    private String detail(DisclosureRequest r, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("government", requests.governmentName(r.divisionCode()));
        model.addAttribute("notices", requests.notices(r));
        model.addAttribute("due", requests.dueOf(r));
        return "requests/portal/request";
    }

    /** The login of a signed-in citizen, or null for anonymous applicants and staff. */
    private static String citizenLogin(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof StaffIdentity who)) {
            return null;
        }
        return "CITIZEN".equals(who.roleCode()) ? who.username() : null;
    }
}
