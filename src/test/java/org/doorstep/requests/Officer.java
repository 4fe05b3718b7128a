package org.doorstep.requests;

import java.util.UUID;

import org.doorstep.platform.StaffIdentity;

/** A staff principal for requests tests, with a unique username. */
record Officer(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {

    static Officer officer(String unit) {
        return new Officer("t-ysq-" + UUID.randomUUID().toString().substring(0, 8), "公开专员", "DISCLOSURE_OFFICER", unit);
    }

    static Officer windowOfficer(String unit) {
        return new Officer("t-ck-" + UUID.randomUUID().toString().substring(0, 8), "窗口人员", "WINDOW_OFFICER", unit);
    }
}
