package org.doorstep.accounts;

import java.util.EnumSet;
import java.util.Set;

/** Staff roles (each scoped to an organisation unit and its descendants) and the citizen role. */
public enum Role {
    SYSTEM_ADMIN("系统管理员"),
    /** 三员分立: manages staff accounts and their roles, and nothing else. */
    SECURITY_ADMIN("安全管理员"),
    /** 三员分立: reads and verifies the audit trail, and changes nothing. */
    AUDIT_ADMIN("审计管理员"),
    DISCLOSURE_OFFICER("公开专员"),
    CONFIDENTIALITY_REVIEWER("保密审查员"),
    WINDOW_OFFICER("窗口人员"),
    DEPARTMENT_REVIEWER("部门审核人员"),
    GRID_WORKER("网格员"),
    SUPERVISOR("督查人员"),
    CITIZEN("群众/企业");

    /**
     * 等保 2.0 level 3 (GB/T 22239-2019 8.1.4.2, 三员分立): the system, security and audit administrators are separate
     * people; no account holds two of these roles.
     */
    public static final Set<Role> SEPARATED_ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

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

    /** The role of a stored or signed-in role code, or null for a code that names no role. */
    public static Role of(String code) {
        for (Role r : values()) {
            if (r.name().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
