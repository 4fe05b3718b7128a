package org.doorstep.audit;

import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.SignedInRequests;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A signed-in staff principal as the accounts module will provide one. */
public record TestStaff(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {

    /** Signs this principal in on the current thread; undo with {@code SecurityContextHolder.clearContext()}. */
    public void signIn() {
        var auth = UsernamePasswordAuthenticationToken.authenticated(this, null, SignedInRequests.authorities(this));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }
}
