package org.doorstep.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PortalController {

    private final List<PortalHomeContributor> contributors;

    PortalController(List<PortalHomeContributor> contributors) {
        this.contributors = contributors;
    }

    @CachedPage(PageSource.DISCLOSURE)
    @GetMapping("/")
    String home(Model model) {
        contributors.forEach(c -> c.contribute(model));
        return "portal/home";
    }
}
