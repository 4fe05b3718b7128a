package org.doorstep.engagement;

import java.util.UUID;

import org.doorstep.platform.StaffIdentity;

/** A staff principal for engagement tests, with a unique username. */
record Staff(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {

    static Staff of(String role, String unit) {
        return new Staff("t-dt-" + UUID.randomUUID().toString().substring(0, 8), role, role, unit);
    }
}
