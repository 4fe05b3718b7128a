package org.doorstep.reporting;

/** Where a report stands; after submission it follows its government document in the disclosure module. */
public enum ReportStatus {
    DRAFT("草稿"),
    SUBMITTED("待保密审查"),
    RETURNED("已退回修改"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The officer may still change the text, the hand-entered figures and regenerate. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
