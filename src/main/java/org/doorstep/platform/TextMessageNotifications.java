package org.doorstep.platform;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every notification and sends those by SMS through the {@link TextMessages} port. A gateway failure is logged
 * and the notification stays in the portal; retries belong to the outbox that will carry notifications.
 */
class TextMessageNotifications implements Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(TextMessageNotifications.class);

    private final Notifications log;
    private final TextMessages sms;

    TextMessageNotifications(Notifications log, TextMessages sms) {
        this.log = log;
        this.sms = sms;
    }

    @Override
    public void send(Notification n) {
        log.send(n);
        if (n.channel() == Notification.Channel.SMS) {
            try {
                sms.send(new TextMessage(n.recipient(), TextMessage.Template.NOTICE,
                        Map.of("subject", n.subject(), "text", n.text()), n.subject() + "：" + n.text()));
            } catch (TextMessageFailedException e) {
                LOG.warn("notification SMS to {} not sent: {}", Masking.maskPhone(n.recipient()), e.getMessage());
            }
        }
    }
}
