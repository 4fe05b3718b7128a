package org.doorstep.platform;

import java.util.Set;

/** What the audit trail needs to know about whoever is signed in, whatever module signed them in. */
public interface StaffIdentity {

    String username();

    /** The name shown in page headers: a person's name or an office, never an ID number or a phone number. */
    String displayName();

    /** The role code, e.g. DISCLOSURE_OFFICER, or CITIZEN; for an account of several roles, the first. */
    String roleCode();

    /** Every role code the account holds. */
    default Set<String> roleCodes() {
        return Set.of(roleCode());
    }

    /** The 12-digit code of the organisation unit the account is scoped to, or null for citizens. */
    String unitCode();
}
