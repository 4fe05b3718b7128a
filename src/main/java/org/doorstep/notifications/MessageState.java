package org.doorstep.notifications;

/** Where one message stands. */
public enum MessageState {
    /** Waiting for its first or next attempt. */
    PENDING("待发送"),
    SENT("已发送"),
    /** Every attempt failed; an officer may resend it. */
    GAVE_UP("发送失败");

    private final String label;

    MessageState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
