package org.doorstep.engagement.web;

import org.doorstep.engagement.TopicProposal;
import org.doorstep.engagement.TopicRequest;
import org.doorstep.engagement.TopicStatusLookup;
import org.doorstep.engagement.Topics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.accounts.CodeStep;
import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.accounts.VerificationCodes;
import org.doorstep.accounts.VerificationCodes.Purpose;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.TooManyRequestsException;
import org.doorstep.platform.StaffIdentity;
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
 * The public side of 点题公开: anyone proposes a topic (no sign-in needed); the answered topics are listed with links
 * to their 回应关切 documents; signed-in citizens follow their topics under 我的点题.
 */
@Controller
class EngagementPortalController {

    private final Topics topics;
    private final VerificationCodes codes;
    private final TopicStatusLookup lookups;

    EngagementPortalController(Topics topics, VerificationCodes codes, TopicStatusLookup lookups) {
        this.topics = topics;
        this.codes = codes;
        this.lookups = lookups;
    }

    @GetMapping("/topics")
    String answered(Model model) {
        model.addAttribute("topics", topics.answered());
        model.addAttribute("governments", topics.governments());
        return "engagement/portal/topics";
    }

    @GetMapping("/topics/propose")
    String form(Model model) {
        return form(TopicProposal.blank(), model);
    }

    /** Sends the code that proves a mobile number (a landline, or a signed-in citizen's own number, needs none). */
    @PostMapping("/topics/propose/code")
    String code(@ModelAttribute("form") TopicProposal form, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        CodeStep.request(() -> codes.send(form.phone(), Purpose.ANONYMOUS_FORM, request.getRemoteAddr()),
                form.phone(), "phone", "验证码已发送至 %s，请填写短信中的验证码（%d 分钟内有效）后提交点题。", response, model);
        return form(form, model);
    }

    @PostMapping("/topics/propose")
    String propose(@ModelAttribute("form") TopicProposal form, @RequestParam(required = false) String code,
            Authentication auth, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        String login = citizenLogin(auth);
        TopicRequest t;
        try {
            t = topics.propose(form, new PortalSubmitter(login, request.getRemoteAddr(), code));
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(form, model);
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("codeRefused", e.getMessage());
            return form(form, model);
        }
        redirect.addFlashAttribute("number", t.number());
        redirect.addFlashAttribute("queryCode", lookups.queryCodeOf(t.number()).orElse(null));
        redirect.addFlashAttribute("mine", login != null);
        return "redirect:/topics/submitted";
    }

    @GetMapping("/topics/submitted")
    String submitted(Model model) {
        if (!model.containsAttribute("number")) {
            return "redirect:/topics/propose";
        }
        return "engagement/portal/submitted";
    }

    /** The progress check without signing in: posted, so the query code never lands in addresses or logs. */
    @GetMapping("/topics/status")
    String statusForm() {
        return "engagement/portal/status";
    }

    @PostMapping("/topics/status")
    String status(@RequestParam(required = false) String number, @RequestParam(required = false) String queryCode,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("number", number);
        try {
            lookups.lookup(number, queryCode, request.getRemoteAddr()).ifPresentOrElse(
                    found -> model.addAttribute("found", found),
                    () -> model.addAttribute("notFound", TopicStatusLookup.LOOKUP_FAILED));
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("notFound", e.getMessage());
        }
        return "engagement/portal/status";
    }

    private String form(TopicProposal form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("governments", topics.governments());
        return "engagement/portal/propose";
    }

    // ---- 我的点题 (signed-in citizens; /my/** needs ROLE_CITIZEN)

    @GetMapping("/my/topics")
    String mine(@AuthenticationPrincipal StaffIdentity me, Model model) {
        model.addAttribute("topics", topics.mine(me.username()));
        return "engagement/portal/mine";
    }

    @GetMapping("/my/topics/{number}")
    String mine(@PathVariable String number, @AuthenticationPrincipal StaffIdentity me, Model model) {
        TopicRequest t = topics.myTopic(number, me.username());
        model.addAttribute("t", t);
        model.addAttribute("government", topics.governmentName(t.divisionCode()));
        model.addAttribute("notices", topics.notices(t));
        return "engagement/portal/topic";
    }

    /** The login of a signed-in citizen, or null for anonymous proposers and staff. */
    private static String citizenLogin(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof StaffIdentity who)) {
            return null;
        }
        return "CITIZEN".equals(who.roleCode()) ? who.username() : null;
    }
}
