package org.doorstep.requests;

/** The result columns of table 四 of the 2021 template. */
public enum RemedyResult {
    UPHELD("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    RemedyResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
