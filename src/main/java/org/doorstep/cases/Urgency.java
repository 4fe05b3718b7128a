package org.doorstep.cases;

/** How close a case is to its promised limit, as flagged in the officer's list. */
public enum Urgency {
    ON_TIME("正常"),
    WARNING("即将到期"),
    OVERDUE("已超期"),
    PAUSED("暂停计时（待补正）"),
    /** A 一件事 sub-case whose clock starts when its prerequisite's certificate is issued. */
    WAITING("待前置事项办结，尚未计时"),
    CLOSED("已结束");

    /** Working days left at or below which a case is flagged as due soon. */
    public static final int WARNING_DAYS = 2;

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
