package org.doorstep.notifications.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.doorstep.notifications.Channel;
import org.doorstep.notifications.Message;
import org.doorstep.notifications.MessageState;
import org.doorstep.notifications.NotificationRequested;
import org.doorstep.notifications.Outbox;
import org.doorstep.accounts.IdentityNumbers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the outbox rows of a {@link NotificationRequested} in the publishing step's own transaction (a plain,
 * synchronous listener): the step and its messages are stored together or not at all. The 站内信 is delivered by
 * being written; SMS and e-mail wait for the worker.
 */
@Component
class OutboxWriter {

    private final Messages messages;
    private final Outbox outbox;
    private final Clock clock;
    private final String publicUrl;

    OutboxWriter(Messages messages, Outbox outbox, Clock clock, @Value("${doorstep.public-url:}") String publicUrl) {
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(NotificationRequested r) {
        Map<String, String> values = new HashMap<>(r.params());
        String link = absolute(r.path());
        values.put("link", link);
        String text = r.template().render(values);
        var now = clock.instant();
        var to = r.recipient();
        if (to.login() != null) {
            add(r, Channel.PORTAL, to.login(), text, link, MessageState.SENT, now);
        }
        if (to.mobile() != null && IdentityNumbers.isValidMobile(to.mobile()) && outbox.channelConfigured(Channel.SMS)) {
            add(r, Channel.SMS, to.mobile(), text, link, MessageState.PENDING, now);
        }
        String email = to.email() != null ? to.email() : to.login() == null ? null : outbox.emailOf(to.login());
        if (email != null && outbox.channelConfigured(Channel.EMAIL)) {
            add(r, Channel.EMAIL, email, text, link, MessageState.PENDING, now);
        }
    }

    private void add(NotificationRequested r, Channel channel, String recipient, String text, String link,
            MessageState state, java.time.Instant now) {
        messages.add(new Message(0, r.key() + ":" + channel.name().toLowerCase(), channel, recipient, r.template(),
                r.template().subject(), text, link, r.unitCode(), r.reference(), state, 0, now, now,
                state == MessageState.SENT ? now : null, null, null));
    }

    /**
     * The configured public address and the path; without one, the path alone. Never the address of the request
     * being served: its Host header is the client's to choose, and a message must not link anywhere but here.
     */
    private String absolute(String path) {
        String p = path == null || path.isBlank() ? "/" : path;
        return publicUrl.isEmpty() ? p : publicUrl + p;
    }
}
