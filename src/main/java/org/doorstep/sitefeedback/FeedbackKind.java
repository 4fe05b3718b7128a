package org.doorstep.sitefeedback;

/** What kind of error a visitor reports, as the 政府网站找错 forms of government sites name them. */
public enum FeedbackKind {
    BROKEN_LINK("链接无法打开"),
    WRONG_TEXT("错别字或内容错误"),
    OUTDATED("内容未及时更新"),
    UNUSABLE("页面无法使用或显示异常"),
    OTHER("其他问题");

    private final String label;

    FeedbackKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a form value names, or null for anything else. */
    public static FeedbackKind of(String name) {
        for (FeedbackKind k : values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
