package org.doorstep.cases.web;

import org.doorstep.cases.Cases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public status check, without signing in: case number plus the query code or the applicant's ID number's last 6.
 * Posted, so the verification never lands in addresses or logs.
 */
@Controller
class CaseStatusController {

    private final Cases cases;

    CaseStatusController(Cases cases) {
        this.cases = cases;
    }

    @GetMapping("/cases/status")
    String form() {
        return "cases/portal/status";
    }

    @PostMapping("/cases/status")
    String lookup(@RequestParam(required = false) String number, @RequestParam(required = false) String verification,
            Model model) {
        model.addAttribute("number", number);
        cases.lookup(number, verification).ifPresentOrElse(found -> {
            model.addAttribute("c", found.single());
            model.addAttribute("b", found.bundle());
        }, () -> model.addAttribute("notFound", Cases.LOOKUP_FAILED));
        return "cases/portal/status";
    }
}
