package org.doorstep.cases;

/** Where a case stands. REFUSED, REJECTED and COMPLETED are final. */
public enum CaseState {
    /** A 一件事 sub-case waiting for the certificate another sub-case issues; its clock does not count yet. */
    WAITING("待前置事项办结"),
    SUBMITTED("已提交，待受理"),
    AWAITING_SUPPLEMENT("一次性告知，待补正"),
    ACCEPTED("已受理"),
    DISPATCHED("已分发至主管部门"),
    UNDER_REVIEW("审查中"),
    APPROVED("已准予，待送达"),
    REFUSED("不予受理"),
    REJECTED("不予批准"),
    COMPLETED("已办结");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == REFUSED || this == REJECTED || this == COMPLETED;
    }
}
