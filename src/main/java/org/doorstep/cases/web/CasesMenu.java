package org.doorstep.cases.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** Puts 办件 into the console menu for every staff member; the list is held to their unit. */
@Component
class CasesMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("办件", CasesConsoleController.ROOT, "CASE_VIEW", 410));
    }
}
