package org.doorstep.accounts;

/** Staff roles (each scoped to an organisation unit and its descendants) and the citizen role. */
public enum Role {
    SYSTEM_ADMIN("系统管理员"),
    DISCLOSURE_OFFICER("公开专员"),
    CONFIDENTIALITY_REVIEWER("保密审查员"),
    WINDOW_OFFICER("窗口人员"),
    DEPARTMENT_REVIEWER("部门审核人员"),
    GRID_WORKER("网格员"),
    SUPERVISOR("督查人员"),
    CITIZEN("群众/企业");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean staff() {
        return this != CITIZEN;
    }
}
