package org.doorstep.requests;

/** Where an application stands. */
public enum RequestState {
    SUBMITTED("待确认收到"),
    PROCESSING("办理中"),
    AWAITING_SUPPLEMENT("待补正"),
    CONSULTING("征求意见中"),
    AWAITING_FEE("待缴费"),
    CLOSED("已办结");

    private final String label;

    RequestState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
