package org.doorstep.services;

/** 结果送达 options. */
public enum Delivery {
    WINDOW("窗口领取"),
    POST("邮寄送达"),
    ELECTRONIC("电子证照");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
