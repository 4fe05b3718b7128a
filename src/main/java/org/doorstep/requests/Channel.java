package org.doorstep.requests;

/** How an application reached the office; decides the date of receipt (条例第三十一条). */
public enum Channel {
    ONLINE("网上申请", "双方确认收到申请之日"),
    IN_PERSON("当面提交", "提交之日"),
    ORAL("口头提出（由工作人员代为填写）", "提出之日"),
    POST("信函邮寄", "行政机关签收之日"),
    FAX("传真", "双方确认收到申请之日");

    private final String label;
    private final String receiptRule;

    Channel(String label, String receiptRule) {
        this.label = label;
        this.receiptRule = receiptRule;
    }

    public String label() {
        return label;
    }

    /** What the date of receipt is for this channel, in the words of Art. 31. */
    public String receiptRule() {
        return receiptRule;
    }
}
