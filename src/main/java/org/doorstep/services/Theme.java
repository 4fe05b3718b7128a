package org.doorstep.services;

/** A life event (个人) or an enterprise stage (法人) that items are browsed by on the portal. */
public enum Theme {
    BIRTH("生育收养", false),
    EDUCATION("教育入学", false),
    EMPLOYMENT("就业创业", false),
    SOCIAL_INSURANCE("社会保险", false),
    MEDICAL("医疗保障", false),
    HOUSING("住房公积金", false),
    ASSISTANCE("社会救助", false),
    ELDERLY("养老服务", false),
    DISABILITY("残疾人服务", false),
    RURAL("农业农村", false),
    PROPERTY("不动产登记", false),
    ENTERPRISE_START("企业开办", true),
    PERMITS("准营许可", true),
    ENTERPRISE_OPERATION("经营变更", true),
    ENTERPRISE_STAFF("员工招用", true),
    ENTERPRISE_CLOSE("注销退出", true);

    private final String label;
    private final boolean enterprise;

    Theme(String label, boolean enterprise) {
        this.label = label;
        this.enterprise = enterprise;
    }

    public String label() {
        return label;
    }

    /** An enterprise stage rather than a life event. */
    public boolean enterprise() {
        return enterprise;
    }
}
