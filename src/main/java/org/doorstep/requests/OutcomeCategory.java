package org.doorstep.requests;

/** The outcome groups of table 三 (本年度办理结果) of the 2021 template. */
public enum OutcomeCategory {
    DISCLOSED("（一）予以公开"),
    PARTLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD("（三）不予公开"),
    UNAVAILABLE("（四）无法提供"),
    NOT_HANDLED("（五）不予处理"),
    OTHER("（六）其他处理");

    private final String label;

    OutcomeCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label without its row number, e.g. 不予公开. */
    public String shortLabel() {
        String l = label.substring(label.indexOf('）') + 1);
        int paren = l.indexOf('（');
        return paren < 0 ? l : l.substring(0, paren);
    }
}
