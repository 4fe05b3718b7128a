package org.doorstep.disclosure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 体裁: a fixed list, so that what the annual report's table 二 counts (规章 and 行政规范性文件, 国办公开办函〔2021〕30号)
 * is found by an exact value. Between them, the fifteen kinds of official document of 《党政机关公文处理工作条例》第八条,
 * then what government websites publish besides: interpretations, answers to public concerns, plans, annual reports.
 */
public enum Genre {
    RULE("规章"),
    NORMATIVE_DOCUMENT("行政规范性文件"),
    RESOLUTION("决议"),
    DECISION("决定"),
    ORDER("命令（令）"),
    COMMUNIQUE("公报"),
    ANNOUNCEMENT("公告"),
    NOTICE_PUBLIC("通告"),
    OPINION("意见"),
    NOTICE("通知"),
    CIRCULAR("通报"),
    REPORT("报告"),
    REQUEST("请示"),
    REPLY_TO_REQUEST("批复"),
    MOTION("议案"),
    LETTER("函"),
    MINUTES("纪要"),
    PLAN("规划计划"),
    SCHEME("方案"),
    INTERPRETATION("解读"),
    ANSWER("答复"),
    EXPLANATION("解答"),
    ANNUAL_REPORT("年度报告"),
    STATISTICS("统计信息"),
    OTHER("其他");

    private final String label;

    Genre(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static boolean isLabel(String value) {
        return Arrays.stream(values()).anyMatch(g -> g.label.equals(value));
    }

    public static Map<String, String> options() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Genre g : values()) {
            m.put(g.label, g.label);
        }
        return m;
    }
}
