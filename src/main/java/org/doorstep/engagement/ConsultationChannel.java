package org.doorstep.engagement;

/** Where a question was asked (seed 000: 7×24 hotline, windows, the website, grid workers). */
public enum ConsultationChannel {
    HOTLINE("咨询热线"),
    WINDOW("窗口"),
    WEB("网站留言"),
    GRID("网格员");

    private final String label;

    ConsultationChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
