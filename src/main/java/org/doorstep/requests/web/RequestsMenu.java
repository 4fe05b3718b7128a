package org.doorstep.requests.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

/** "依申请公开" in the console menu for disclosure officers and administrators. */
@Component
class RequestsMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("依申请公开", "/console/requests", "REQUEST_VIEW", 310));
    }
}
