package org.doorstep.organization.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** Puts 组织机构 into the console menu for every staff member; editing inside is for system administrators. */
@Component
class OrganizationMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("组织机构", ConsolePaths.ROOT, Roles.STAFF, 100));
    }
}
