package org.doorstep.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link Notifications}: a log line per message, with phone and ID numbers masked. */
public class LoggingNotifications implements Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifications.class);

    @Override
    public void send(Notification n) {
        LOG.info("notification {} to {}: {} | {}", n.channel(), Masking.maskAll(n.recipient()),
                Masking.maskAll(n.subject()), Masking.maskAll(n.text()));
    }
}
