package org.doorstep.engagement.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** "点题公开" for officers and department reviewers; "咨询登记" and "热点分析" for everyone who answers questions. */
@Component
class EngagementMenu implements ConsoleMenuContributor {

    static final List<String> TOPIC_ROLES = List.of("ROLE_DISCLOSURE_OFFICER", "ROLE_DEPARTMENT_REVIEWER",
            "ROLE_SYSTEM_ADMIN");
    static final List<String> CONSULTATION_ROLES = List.of("ROLE_DISCLOSURE_OFFICER", "ROLE_WINDOW_OFFICER",
            "ROLE_GRID_WORKER", "ROLE_DEPARTMENT_REVIEWER", "ROLE_SYSTEM_ADMIN");

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("点题公开", "/console/topics", held(TOPIC_ROLES), 320),
                new MenuItem("咨询登记", "/console/consultations", held(CONSULTATION_ROLES), 330),
                new MenuItem("热点分析", "/console/hot-topics", held(CONSULTATION_ROLES), 340));
    }

    /** The first of these authorities the signed-in person holds, so the shell shows the item to them. */
    private static String held(List<String> authorities) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? authorities.get(0) : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authorities::contains).findFirst().orElse(authorities.get(0));
    }
}
