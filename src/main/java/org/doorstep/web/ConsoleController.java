package org.doorstep.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console landing page; each module's pages plug into its menu through {@link ConsoleMenuContributor}. */
@Controller
class ConsoleController {

    @GetMapping("/console")
    String home() {
        return "console/home";
    }
}
