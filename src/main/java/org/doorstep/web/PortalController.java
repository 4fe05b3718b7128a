package org.doorstep.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PortalController {

    @CachedPage
    @GetMapping("/")
    String home() {
        return "portal/home";
    }
}
