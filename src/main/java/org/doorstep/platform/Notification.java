package org.doorstep.platform;

import java.util.Objects;

/**
 * One message to one person through one channel. The recipient is a mobile number (SMS), an e-mail address (EMAIL)
 * or an account login (PORTAL).
 */
public record Notification(String recipient, Channel channel, String subject, String text) {

    public enum Channel {
        SMS, EMAIL, PORTAL
    }

    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
