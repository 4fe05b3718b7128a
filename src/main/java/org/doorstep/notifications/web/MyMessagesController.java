package org.doorstep.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.doorstep.notifications.Channel;
import org.doorstep.notifications.Outbox;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PageLinks;
import org.doorstep.platform.StaffIdentity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 站内信: every signed-in citizen's inbox of the steps of their matters, and where they want e-mail (/my/**). */
@Controller
class MyMessagesController {

    private final Outbox outbox;

    MyMessagesController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/my/messages")
    String inbox(@AuthenticationPrincipal StaffIdentity me, @RequestParam(required = false) String page,
            HttpServletRequest request, Model model) {
        long unread = outbox.unread(me.username());
        var messages = outbox.inbox(me.username(), ListPage.number(page));
        model.addAttribute("messages", messages);
        model.addAttribute("links", PageLinks.of(request, messages));
        model.addAttribute("unread", unread);
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", outbox.emailOf(me.username()));
        }
        model.addAttribute("mailAvailable", outbox.channelConfigured(Channel.EMAIL));
        return "notifications/my";
    }

    @PostMapping("/my/messages/email")
    String saveEmail(@AuthenticationPrincipal StaffIdentity me, @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        try {
            outbox.saveEmail(me.username(), email);
            redirect.addFlashAttribute("message", email.isBlank() ? "已停止邮件提醒" : "已保存，之后的通知将同时发送到该邮箱");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("emailError", e.getMessage());
            redirect.addFlashAttribute("email", email.length() > 200 ? email.substring(0, 200) : email);
        }
        return "redirect:/my/messages";
    }
}
