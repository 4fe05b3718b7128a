package org.doorstep.engagement;

/** Where a 点题公开 topic stands. */
public enum TopicState {
    PROPOSED("待受理"),
    DECLINED("不予受理"),
    ASSIGNED("部门办理中"),
    ANSWERED("部门已答复"),
    IN_REVIEW("答复保密审查中"),
    PUBLISHED("已在回应关切公开");

    private final String label;

    TopicState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != DECLINED && this != PUBLISHED;
    }
}
