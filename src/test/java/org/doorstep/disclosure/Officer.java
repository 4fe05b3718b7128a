package org.doorstep.disclosure;

import java.util.List;
import java.util.UUID;

import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.SignedInRequests;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A staff principal for disclosure tests, with a unique username so tests never collide in the shared database. */
record Officer(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {

    static Officer officer(String unit) {
        return new Officer("t-officer-" + UUID.randomUUID(), "公开专员", "DISCLOSURE_OFFICER", unit);
    }

    static Officer reviewer(String unit) {
        return new Officer("t-reviewer-" + UUID.randomUUID(), "保密审查员", "CONFIDENTIALITY_REVIEWER", unit);
    }

    /** The same person acting as reviewer (to prove an author cannot review their own document). */
    Officer asReviewer() {
        return new Officer(username, displayName, "CONFIDENTIALITY_REVIEWER", unitCode);
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, SignedInRequests.authorities(this));
    }
}
