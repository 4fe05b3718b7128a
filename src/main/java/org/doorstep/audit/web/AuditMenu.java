package org.doorstep.audit.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** "审计日志" in the console menu for audit administrators and supervisors. */
@Component
class AuditMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("审计日志", "/console/audit", "AUDIT_VIEW", 900));
    }
}
