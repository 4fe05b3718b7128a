package org.doorstep.disclosure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 主题分类: the first level of the subject classification of GB/T 21063.4-2007 《政务信息资源目录体系 第4部分：政务信息资源
 * 分类》, which government websites' 政府信息公开 metadata use (seed 004's block: 主题分类: 其他), so that a document
 * is filed where every other site files it.
 */
public enum SubjectCategory {
    GENERAL_AFFAIRS("综合政务"),
    ECONOMY("国民经济管理、国有资产监管"),
    FINANCE("财政、金融、审计"),
    LAND_AND_ENERGY("国土资源、能源"),
    AGRICULTURE("农业、林业、水利"),
    INDUSTRY_AND_TRANSPORT("工业、交通"),
    COMMERCE("商贸、海关、旅游"),
    MARKET_AND_SAFETY("市场监管、安全生产监管"),
    CONSTRUCTION_AND_ENVIRONMENT("城乡建设、环境保护"),
    SCIENCE_AND_EDUCATION("科技、教育"),
    CULTURE("文化、广电、新闻出版"),
    HEALTH_AND_SPORT("卫生、体育"),
    POPULATION("人口与计划生育、妇女儿童工作"),
    LABOUR("劳动、人事、监察"),
    SECURITY_AND_JUSTICE("公安、安全、司法"),
    CIVIL_AFFAIRS("民政、扶贫、救灾"),
    ETHNIC_AND_RELIGIOUS("民族、宗教"),
    FOREIGN_AFFAIRS("对外事务"),
    HONG_KONG_MACAO_TAIWAN("港澳台侨工作"),
    DEFENCE("国防"),
    OTHER("其他");

    private final String label;

    SubjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static boolean isLabel(String value) {
        return Arrays.stream(values()).anyMatch(c -> c.label.equals(value));
    }

    /** Label to label, in the standard's order, for a form's select. */
    public static Map<String, String> options() {
        Map<String, String> m = new LinkedHashMap<>();
        for (SubjectCategory c : values()) {
            m.put(c.label, c.label);
        }
        return m;
    }
}
