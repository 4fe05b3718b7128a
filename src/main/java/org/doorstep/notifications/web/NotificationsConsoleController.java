package org.doorstep.notifications.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.notifications.MessageState;
import org.doorstep.notifications.Outbox;
import org.doorstep.organization.Organization;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.Masking;
import org.doorstep.platform.PageLinks;
import org.doorstep.platform.StaffIdentity;
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

/** 通知发送记录: the messages of the matters in the officer's units, every attempt, and resending what gave up. */
@Controller
@RequestMapping("/console/notifications")
class NotificationsConsoleController {

    private final Outbox outbox;
    private final Organization organization;
    private final Permissions permissions;

    NotificationsConsoleController(Outbox outbox, Organization organization, Permissions permissions) {
        this.outbox = outbox;
        this.organization = organization;
        this.permissions = permissions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('NOTIFICATION_VIEW')")
    String list(@AuthenticationPrincipal StaffIdentity me, @RequestParam(required = false) String state,
            @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        MessageState filter = parse(state);
        var messages = outbox.messages(units(me), filter, ListPage.number(page));
        var history = outbox.attempts(messages.items().stream().map(m -> m.id()).toList());
        model.addAttribute("messages", messages.map(m -> new Row(m.id(), m.createdAt(), m.channel().label(),
                mask(m.channel(), m.recipient()), m.subject(), m.reference(), m.state(), m.attempts(),
                m.lastError(), history.get(m.id()))));
        model.addAttribute("page", messages);
        model.addAttribute("links", PageLinks.of(request, messages));
        model.addAttribute("state", filter);
        model.addAttribute("states", MessageState.values());
        model.addAttribute("mayResend", permissions.may(me, Permission.NOTIFICATION_RESEND));
        return "notifications/console";
    }

    @PostMapping("/{id}/resend")
    @PreAuthorize("hasAuthority('NOTIFICATION_RESEND')")
    String resend(@AuthenticationPrincipal StaffIdentity me, @PathVariable long id, RedirectAttributes redirect) {
        outbox.resend(id, units(me));
        redirect.addFlashAttribute("message", "已重新排队发送，几秒后可刷新查看结果");
        return "redirect:/console/notifications?state=PENDING";
    }

    /** One row of the list: the recipient masked, every attempt with the gateway's answer. */
    record Row(long id, java.time.Instant createdAt, String channel, String recipient, String subject,
            String reference, MessageState state, int attempts, String lastError,
            List<org.doorstep.notifications.DeliveryAttempt> history) {
    }

    private Set<String> units(StaffIdentity me) {
        return organization.scope(me.unitCode()).everything() ? null : organization.unitsWithin(me.unitCode());
    }

    private static MessageState parse(String state) {
        try {
            return state == null || state.isBlank() ? null : MessageState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String mask(org.doorstep.notifications.Channel c, String recipient) {
        return switch (c) {
            case SMS -> Masking.maskPhone(recipient);
            case EMAIL -> Masking.maskEmail(recipient);
            case PORTAL -> recipient;
        };
    }
}
