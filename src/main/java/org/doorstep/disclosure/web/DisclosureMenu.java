package org.doorstep.disclosure.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** "政务公开" in the console menu for disclosure officers and confidentiality reviewers. */
@Component
class DisclosureMenu implements ConsoleMenuContributor {

    static final List<String> AUTHORITIES = List.of("ROLE_DISCLOSURE_OFFICER", "ROLE_CONFIDENTIALITY_REVIEWER",
            "ROLE_SYSTEM_ADMIN");

    @Override
    public List<MenuItem> items() {
        // One item names one authority; name the one the current user holds so each role sees it exactly once.
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String held = auth == null ? null : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(AUTHORITIES::contains).findFirst().orElse(null);
        return List.of(new MenuItem("政务公开", "/console/disclosure", held == null ? AUTHORITIES.get(0) : held, 300));
    }
}
