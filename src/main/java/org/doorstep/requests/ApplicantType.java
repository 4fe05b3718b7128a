package org.doorstep.requests;

/** The applicant columns of table 三 of the 2021 annual-report template. */
public enum ApplicantType {
    NATURAL_PERSON("自然人", false),
    COMMERCIAL("商业企业", true),
    RESEARCH("科研机构", true),
    WELFARE("社会公益组织", true),
    LEGAL_SERVICE("法律服务机构", true),
    OTHER("其他", true);

    private final String label;
    private final boolean organisation;

    ApplicantType(String label, boolean organisation) {
        this.label = label;
        this.organisation = organisation;
    }

    public String label() {
        return label;
    }

    /** A legal person or other organisation (identified by 统一社会信用代码), not a natural person. */
    public boolean organisation() {
        return organisation;
    }
}
