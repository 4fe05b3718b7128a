package org.doorstep.services.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.doorstep.organization.Department;
import org.doorstep.organization.OrgUnit;
import org.doorstep.organization.Organization;
import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.QrCodes;
import org.doorstep.services.Bundle;
import org.doorstep.services.Implementation;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.Theme;
import org.doorstep.web.CachedPage;
import org.doorstep.web.PageSource;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The public 办事指南: browse by department or by life event / enterprise stage, read and print one guide. */
@Controller
class ServicesPortalController {

    /** A line of the implementation list with the unit's name. */
    record Place(String unitName, String venueLevel) {
    }

    private final ServiceCatalogue catalogue;
    private final Organization organization;

    ServicesPortalController(ServiceCatalogue catalogue, Organization organization) {
        this.catalogue = catalogue;
        this.organization = organization;
    }

    @CachedPage({PageSource.SERVICES, PageSource.ORGANIZATION})
    @GetMapping("/services")
    String browse(@RequestParam(required = false) String department, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String level, Model model) {
        List<ServiceItem> all = catalogue.items();
        VenueLevel chosenLevel = Arrays.stream(VenueLevel.values()).filter(l -> l.name().equals(level)).findFirst()
                .orElse(null);
        java.util.Set<String> atLevel = chosenLevel == null ? null
                : catalogue.itemsAt(chosenLevel).stream().map(ServiceItem::code).collect(Collectors.toSet());
        Theme chosenTheme = Arrays.stream(Theme.values()).filter(t -> t.name().equals(theme)).findFirst()
                .orElse(null);
        Department chosenDepartment = department == null ? null : organization.department(department).orElse(null);
        List<ServiceItem> shown = all.stream()
                .filter(i -> chosenTheme == null || i.themes().contains(chosenTheme))
                .filter(i -> chosenDepartment == null || i.departmentCode().equals(chosenDepartment.code()))
                .filter(i -> atLevel == null || atLevel.contains(i.code()))
                .toList();
        Map<String, String> departments = new LinkedHashMap<>();
        all.stream().map(ServiceItem::departmentCode).distinct()
                .forEach(code -> departments.put(code, departmentName(code)));
        model.addAttribute("items", shown);
        model.addAttribute("departments", departments);
        model.addAttribute("lifeEvents", Arrays.stream(Theme.values()).filter(t -> !t.enterprise()).toList());
        model.addAttribute("enterpriseStages", Arrays.stream(Theme.values()).filter(Theme::enterprise).toList());
        model.addAttribute("chosenTheme", chosenTheme);
        model.addAttribute("chosenDepartment", chosenDepartment);
        model.addAttribute("levels", VenueLevel.values());
        model.addAttribute("chosenLevel", chosenLevel);
        model.addAttribute("bundles", catalogue.bundles());
        model.addAttribute("names", names(shown));
        return "services/browse";
    }

    /** Longest search a visitor may type; the header's search box allows as many. */
    static final int SEARCH_MAX = 50;
    /** Most items one search shows: a word that matches more is too general to page through. */
    static final int SEARCH_SHOWN = 100;

    /**
     * 事项搜索: by the item's name, its department's name or a theme, in SQL. Never cached: every query string would be
     * a page of its own.
     */
    @GetMapping(value = "/services", params = "q")
    String search(@RequestParam String q, HttpServletResponse response, Model model) {
        String words = q.strip();
        if (words.isEmpty()) {
            return "redirect:/services";
        }
        if (words.length() > SEARCH_MAX) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("searchError", "搜索词不能超过 " + SEARCH_MAX + " 字");
            words = words.substring(0, SEARCH_MAX);
        }
        String w = words;
        List<ServiceItem> all = catalogue.items();
        List<String> departmentCodes = all.stream().map(ServiceItem::departmentCode).distinct()
                .filter(code -> departmentName(code).contains(w)).toList();
        List<ServiceItem> found = model.containsAttribute("searchError") ? List.of()
                : catalogue.search(w, departmentCodes, SEARCH_SHOWN + 1);
        browse(null, null, null, model);
        model.addAttribute("q", words);
        model.addAttribute("items", found.stream().limit(SEARCH_SHOWN).toList());
        model.addAttribute("moreFound", found.size() > SEARCH_SHOWN);
        model.addAttribute("names", names(found));
        return "services/browse";
    }

    @CachedPage({PageSource.SERVICES, PageSource.ORGANIZATION})
    @GetMapping("/services/items/{code}")
    String guide(@PathVariable String code, Model model) {
        ServiceItem item = catalogue.item(code);
        model.addAttribute("item", item);
        model.addAttribute("departmentName", departmentName(item.departmentCode()));
        model.addAttribute("places", catalogue.implementations(code).stream()
                .map(i -> new Place(unitName(i), i.venueLevel().label())).toList());
        model.addAttribute("bundles", catalogue.bundlesWith(code));
        return "services/guide";
    }

    @CachedPage({PageSource.SERVICES, PageSource.ORGANIZATION})
    @GetMapping("/services/items/{code}/checklist")
    String checklist(@PathVariable String code, Model model) {
        model.addAttribute("item", catalogue.item(code));
        return "services/checklist";
    }

    @CachedPage({PageSource.SERVICES, PageSource.ORGANIZATION})
    @GetMapping("/services/bundles/{code}")
    String bundle(@PathVariable String code, Model model) {
        Bundle bundle = catalogue.bundle(code);
        List<ServiceItem> items = bundle.itemCodes().stream().map(catalogue::item).toList();
        model.addAttribute("bundle", bundle);
        model.addAttribute("items", items);
        model.addAttribute("names", names(items));
        return "services/bundle";
    }

    @GetMapping(value = "/services/items/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        ServiceItem item = catalogue.find(code).orElseThrow(() -> new NotFoundException("未找到该事项"));
        return QrCodes.forPage("/services/items/" + UriUtils.encodePathSegment(item.code(), StandardCharsets.UTF_8));
    }

    private Map<String, String> names(List<ServiceItem> items) {
        Map<String, String> names = new LinkedHashMap<>();
        items.forEach(i -> names.put(i.departmentCode(), departmentName(i.departmentCode())));
        return names;
    }

    private String departmentName(String code) {
        return organization.department(code).map(Department::name).orElse(code);
    }

    private String unitName(Implementation i) {
        return Optional.ofNullable(i.unitCode()).flatMap(organization::unit).map(OrgUnit::name).orElse(i.unitCode());
    }
}
