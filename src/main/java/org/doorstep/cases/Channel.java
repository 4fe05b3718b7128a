package org.doorstep.cases;

/** How a case came in: applied online by the applicant, or entered at a window on their behalf (帮办代办). */
public enum Channel {
    ONLINE("网上申请"),
    WINDOW("窗口受理（帮办代办）");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
