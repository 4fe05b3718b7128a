package org.doorstep.services;

/** 服务对象. */
public enum ServiceTarget {
    PERSON("自然人"),
    LEGAL_PERSON("法人"),
    BOTH("自然人、法人");

    private final String label;

    ServiceTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
