package org.doorstep.sitefeedback.web;

import java.util.List;

import org.doorstep.web.ConsoleMenuContributor;
import org.springframework.stereotype.Component;

@Component
class SiteFeedbackMenu implements ConsoleMenuContributor {

    @Override
    public List<MenuItem> items() {
        return List.of(new MenuItem("网站找错", SiteFeedbackConsoleController.ROOT, "SITE_FEEDBACK_HANDLE", 350));
    }
}
