package org.doorstep.organization.web;

import java.util.List;
import java.util.stream.Collectors;

import org.doorstep.organization.Department;
import org.doorstep.organization.Division;
import org.doorstep.organization.Grid;
import org.doorstep.organization.GridWorker;
import org.doorstep.organization.Organization;
import org.doorstep.organization.Venue;
import org.doorstep.organization.Window;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Browsing the organisation: any staff member may look; the edit links appear for system administrators. */
@Controller
@RequestMapping(ConsolePaths.ROOT)
class OrganizationConsoleController {

    /** One division in the tree, with what hangs below it. */
    record Node(Division division, List<Node> children, int departments, int venues, int grids) {
    }

    /** A venue with its windows, for the division page. */
    record VenueRow(Venue venue, int windows) {
    }

    /** A grid with its workers (shown with masked phones). */
    record GridRow(Grid grid, List<GridWorker> workers) {
    }

    private final Organization organization;

    OrganizationConsoleController(Organization organization) {
        this.organization = organization;
    }

    @ModelAttribute
    void access(Model model) {
        Roles.require(Roles.STAFF);
        model.addAttribute("canEdit", Roles.isAdmin());
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("counties", organization.counties().stream().map(c -> node(c, 3)).toList());
        return "organization/console/tree";
    }

    @GetMapping("/divisions/{code}")
    String division(@PathVariable String code, Model model) {
        Division division = organization.division(code).orElseThrow(ConsolePaths::notFound);
        model.addAttribute("division", division);
        model.addAttribute("path", organization.path(code));
        model.addAttribute("children", organization.children(code).stream().map(c -> node(c, 1)).toList());
        model.addAttribute("departments", organization.departments(code));
        model.addAttribute("venues", organization.venues(code).stream()
                .map(v -> new VenueRow(v, organization.windows(v.code()).size())).toList());
        model.addAttribute("grids", organization.grids(code).stream()
                .map(g -> new GridRow(g, organization.gridWorkers(g.code()))).toList());
        return "organization/console/division";
    }

    @GetMapping("/venues/{code}")
    String venue(@PathVariable String code, Model model) {
        Venue venue = organization.venue(code).orElseThrow(ConsolePaths::notFound);
        List<Window> windows = organization.windows(code);
        model.addAttribute("venue", venue);
        model.addAttribute("path", organization.path(venue.divisionCode()));
        model.addAttribute("windows", windows);
        model.addAttribute("departmentNames", windows.stream().map(Window::departmentCode)
                .filter(java.util.Objects::nonNull).distinct()
                .flatMap(c -> organization.department(c).stream())
                .collect(Collectors.toMap(Department::code, Department::name)));
        return "organization/console/venue";
    }

    @GetMapping("/grids/{code}")
    String grid(@PathVariable String code, Model model) {
        Grid grid = organization.grid(code).orElseThrow(ConsolePaths::notFound);
        model.addAttribute("grid", grid);
        model.addAttribute("path", organization.path(grid.villageCode()));
        model.addAttribute("workers", organization.gridWorkers(code));
        return "organization/console/grid";
    }

    private Node node(Division d, int depth) {
        List<Node> children = depth <= 1 ? List.of()
                : organization.children(d.code()).stream().map(c -> node(c, depth - 1)).toList();
        return new Node(d, children, organization.departments(d.code()).size(), organization.venues(d.code()).size(),
                organization.grids(d.code()).size());
    }
}
