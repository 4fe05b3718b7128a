package org.doorstep.services;

/** 事项类型. */
public enum ItemType {
    LICENSING("行政许可"),
    CONFIRMATION("行政确认"),
    BENEFIT("行政给付"),
    PUBLIC_SERVICE("公共服务"),
    OTHER_POWER("其他行政权力");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
