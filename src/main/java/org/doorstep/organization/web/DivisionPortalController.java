package org.doorstep.organization.web;

import java.util.List;

import org.doorstep.organization.Division;
import org.doorstep.organization.Organization;
import org.doorstep.organization.Venue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public page of the county's townships and villages and where to get services in each. */
@Controller
class DivisionPortalController {

    /** A division with its own venues and the divisions below it. */
    record Place(Division division, List<Venue> venues, List<Place> children) {
    }

    private final Organization organization;

    DivisionPortalController(Organization organization) {
        this.organization = organization;
    }

    @GetMapping("/divisions")
    String divisions(Model model) {
        model.addAttribute("counties", organization.counties().stream().map(this::place).toList());
        return "organization/portal/divisions";
    }

    private Place place(Division d) {
        return new Place(d, organization.venues(d.code()),
                organization.children(d.code()).stream().map(this::place).toList());
    }
}
