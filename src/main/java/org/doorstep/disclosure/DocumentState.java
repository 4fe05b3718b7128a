package org.doorstep.disclosure;

/** Where a government document is in review and publishing. */
public enum DocumentState {
    DRAFT("草稿"),
    SUBMITTED("待保密审查"),
    RETURNED("已退回"),
    SCHEDULED("待定时发布"),
    PUBLISHED("已发布"),
    REVISED("已修订"),
    WITHDRAWN("已撤回");

    private final String label;

    DocumentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The public may read it (a withdrawn document shows only its withdrawal notice). */
    public boolean isPublic() {
        return this == PUBLISHED || this == REVISED;
    }

    /** The author may still change it. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
