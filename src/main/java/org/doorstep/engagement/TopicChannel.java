package org.doorstep.engagement;

/** How a topic reached the disclosure office. */
public enum TopicChannel {
    PORTAL("网站点题"),
    HOTLINE("点题热线");

    private final String label;

    TopicChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
