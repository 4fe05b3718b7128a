package org.doorstep.requests;

/** The proceedings of table 四 of the 2021 template. */
public enum RemedyKind {
    RECONSIDERATION("行政复议"),
    LITIGATION_DIRECT("行政诉讼（未经复议直接起诉）"),
    LITIGATION_AFTER_RECONSIDERATION("行政诉讼（复议后起诉）");

    private final String label;

    RemedyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
