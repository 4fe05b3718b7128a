package org.doorstep.certificates;

/** Where a certificate stands on a given day. */
public enum CertificateStatus {
    NOT_YET_VALID("未生效"),
    VALID("有效"),
    EXPIRED("已过期"),
    REVOKED("已注销");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
