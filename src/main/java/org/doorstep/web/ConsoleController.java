package org.doorstep.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.doorstep.platform.StaffIdentity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console landing page: each module's {@link ConsoleDesk} panel of what waits for the staff member; the menu
 * ({@link ConsoleMenuContributor}) stays in the header.
 */
@Controller
class ConsoleController {

    private final List<ConsoleDesk> desks;

    ConsoleController(List<ConsoleDesk> desks) {
        this.desks = desks;
    }

    @GetMapping("/console")
    String home(@AuthenticationPrincipal StaffIdentity me, Model model) {
        List<ConsoleDesk.Panel> panels = me == null ? List.of()
                : desks.stream().map(d -> d.panel(me)).flatMap(Optional::stream)
                        .sorted(Comparator.comparingInt(ConsoleDesk.Panel::order)).toList();
        model.addAttribute("panels", panels);
        return "console/home";
    }
}
