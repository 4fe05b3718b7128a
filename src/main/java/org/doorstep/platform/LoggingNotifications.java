package org.doorstep.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link Notifications}: a log line per message, with phone and ID numbers masked. */
public class LoggingNotifications implements Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifications.class);

    @Override
    public void send(Notification n) {
        LOG.info("notification {} to {}: {} | {}", n.channel(), recipient(n), Masking.maskAll(n.subject()),
                Masking.maskAll(n.text()));
    }

    /** The recipient as the log may show it: a phone number by its ends, an e-mail address by its domain. */
    static String recipient(Notification n) {
        return switch (n.channel()) {
            case SMS -> Masking.maskPhone(n.recipient());
            case EMAIL -> {
                int at = n.recipient().lastIndexOf('@');
                yield at > 0 ? n.recipient().charAt(0) + "***" + n.recipient().substring(at) : "***";
            }
            case PORTAL -> Masking.maskAll(n.recipient());
        };
    }
}
