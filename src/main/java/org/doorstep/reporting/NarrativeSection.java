package org.doorstep.reporting;

/**
 * The written parts of the report, with the 2021 template's own headings (国办公开办函〔2021〕30号). The five parts of
 * 一、总体情况 follow its opening text; sections 二 to 四 are the tables.
 */
public enum NarrativeSection {
    OVERVIEW("一、总体情况", false),
    PROACTIVE("（一）主动公开", true),
    ON_REQUEST("（二）依申请公开", true),
    MANAGEMENT("（三）政府信息管理", true),
    PLATFORM("（四）政府信息公开平台建设", true),
    SUPERVISION("（五）监督保障", true),
    PROBLEMS("五、存在的主要问题及改进情况", false),
    OTHER("六、其他需要报告的事项", false);

    /** Longest text of one section. */
    public static final int MAX_LENGTH = 10_000;

    private final String heading;
    private final boolean part;

    NarrativeSection(String heading, boolean part) {
        this.heading = heading;
        this.part = part;
    }

    public String heading() {
        return heading;
    }

    /** One of the five parts of 一、总体情况. */
    public boolean part() {
        return part;
    }
}
