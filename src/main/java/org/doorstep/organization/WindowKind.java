package org.doorstep.organization;

/** 综合窗口 accepts any item (一窗受理); 专窗 serves one department's items. */
public enum WindowKind {
    COMPREHENSIVE("综合窗口"),
    DEDICATED("专窗");

    private final String label;

    WindowKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
