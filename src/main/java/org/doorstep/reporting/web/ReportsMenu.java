package org.doorstep.reporting.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** "政府信息公开年报" in the console menu for disclosure officers and administrators. */
@Component
class ReportsMenu implements ConsoleMenuContributor {

    static final List<String> AUTHORITIES = List.of("ROLE_DISCLOSURE_OFFICER", "ROLE_SYSTEM_ADMIN");

    @Override
    public List<MenuItem> items() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String held = auth == null ? null : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(AUTHORITIES::contains).findFirst().orElse(null);
        return List.of(new MenuItem("年度报告", "/console/reports", held == null ? AUTHORITIES.get(0) : held, 320));
    }
}
