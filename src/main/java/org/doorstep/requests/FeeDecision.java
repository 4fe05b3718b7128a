package org.doorstep.requests;

/** What the disclosure office decides on a proposed fee (条例第四十二条 "可以收取": it may, it need not). */
public enum FeeDecision {
    CHARGE("收取"),
    WAIVE("免收");

    private final String label;

    FeeDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
