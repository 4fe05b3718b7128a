package org.doorstep.services.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** Puts 政务服务事项 into the console menu for every staff member; editing inside depends on role and unit. */
@Component
class ServicesMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("政务服务事项", ServicesConsoleController.ROOT, "SERVICE_VIEW", 400));
    }
}
