package org.doorstep.notifications.internal;

import java.util.Map;

import org.doorstep.notifications.Channel;
import org.doorstep.notifications.Message;
import org.doorstep.notifications.Outbox;
import org.doorstep.platform.TextMessage;
import org.doorstep.platform.TextMessageFailedException;
import org.doorstep.platform.TextMessages;
import org.springframework.stereotype.Component;

/** SMS through the platform's HTTP gateway port (or its log when no gateway is set, as for one-time codes). */
@Component
class SmsSender implements Outbox.Sender {

    private final TextMessages sms;

    SmsSender(TextMessages sms) {
        this.sms = sms;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public void send(Message m) throws Exception {
        try {
            // the gateway's NOTICE template takes the subject and the fixed wording; the key lets it drop a repeat
            sms.send(new TextMessage(m.recipient(), TextMessage.Template.NOTICE,
                    Map.of("subject", m.subject(), "text", m.text(), "requestId", m.key()),
                    m.subject() + "：" + m.text()));
        } catch (TextMessageFailedException e) {
            throw new Exception(e.getMessage(), e);
        }
    }
}
