package org.doorstep.platform;

/**
 * The port through which modules tell people about their matters (SMS, e-mail, portal). The default adapter only
 * writes a masked log line; a real SMS or mail gateway is plugged in by declaring another bean of this type.
 */
public interface Notifications {

    void send(Notification notification);
}
