package org.doorstep.audit.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** "审计日志" in the console menu for system administrators and supervisors. */
@Component
class AuditMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        // A menu item names one authority, but two roles may see this one: name the one the current user holds
        // (the menu is built per request), so each of them sees it exactly once.
        String authority = AuditAccess.heldAuthority().orElse(AuditAccess.AUTHORITIES.get(0));
        return List.of(new MenuItem("审计日志", "/console/audit", authority, 900));
    }
}
