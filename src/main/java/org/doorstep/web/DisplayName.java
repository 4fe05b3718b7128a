package org.doorstep.web;

import org.doorstep.platform.StaffIdentity;
import org.springframework.security.core.Authentication;

/** The name shown for a signed-in principal: its display name if it offers one, else its user name. */
final class DisplayName {

    private DisplayName() {
    }

    static String of(Authentication auth) {
        return auth.getPrincipal() instanceof StaffIdentity id ? id.displayName() : auth.getName();
    }
}
