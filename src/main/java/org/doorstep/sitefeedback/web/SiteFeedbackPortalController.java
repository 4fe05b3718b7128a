package org.doorstep.sitefeedback.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.TooManyRequestsException;
import org.doorstep.sitefeedback.FeedbackForm;
import org.doorstep.sitefeedback.FeedbackKind;
import org.doorstep.sitefeedback.SiteFeedback;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 政府网站找错 form every page's footer links to; no sign-in needed. */
@Controller
class SiteFeedbackPortalController {

    private final SiteFeedback feedback;

    SiteFeedbackPortalController(SiteFeedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/site-feedback")
    String form(Model model) {
        return form(FeedbackForm.blank(), model);
    }

    @PostMapping("/site-feedback")
    String submit(@ModelAttribute("form") FeedbackForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        long number;
        try {
            number = feedback.submit(form, PortalSubmitter.anonymous(request.getRemoteAddr(), null));
        } catch (InvalidFieldsException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", e.errors());
            return form(form, model);
        } catch (TooManyRequestsException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("refused", e.getMessage());
            return form(form, model);
        }
        redirect.addFlashAttribute("number", number);
        return "redirect:/site-feedback/sent";
    }

    @GetMapping("/site-feedback/sent")
    String sent(Model model) {
        if (!model.containsAttribute("number")) {
            return "redirect:/site-feedback";
        }
        return "sitefeedback/sent";
    }

    private String form(FeedbackForm form, Model model) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(FeedbackKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
        model.addAttribute("form", form);
        model.addAttribute("kinds", kinds);
        return "sitefeedback/form";
    }
}
