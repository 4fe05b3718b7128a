package org.doorstep.notifications;

/** How a message reaches its recipient. */
public enum Channel {
    SMS("短信"),
    EMAIL("电子邮件"),
    /** The 站内信 inbox at /my/messages: delivered when written. */
    PORTAL("站内信");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
