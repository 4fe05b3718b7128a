package org.doorstep.services.web;

import java.util.List;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.organization.Department;
import org.doorstep.organization.Organization;
import org.doorstep.organization.VenueLevel;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.NotFoundException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.services.Delivery;
import org.doorstep.services.Implementation;
import org.doorstep.services.ItemType;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;
import org.doorstep.services.ServiceTarget;
import org.doorstep.services.Theme;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service catalogue in the console. Every staff member may read it; a system administrator edits any item in
 * their scope and creates items, a department reviewer edits the guides of their own department's items.
 */
@Controller
@PreAuthorize("hasAuthority('SERVICE_VIEW')")
class ServicesConsoleController {

    static final String ROOT = "/console/services";

    private final ServiceCatalogue catalogue;
    private final Organization organization;
    private final Permissions permissions;

    ServicesConsoleController(ServiceCatalogue catalogue, Organization organization, Permissions permissions) {
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.organization = organization;
    }

    @GetMapping(ROOT)
    String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
        List<ServiceItem> items = catalogue.items();
        model.addAttribute("items", items);
        model.addAttribute("editable", items.stream().filter(i -> mayEdit(me, i.departmentCode()))
                .map(ServiceItem::code).toList());
        model.addAttribute("departmentNames", items.stream().map(ServiceItem::departmentCode).distinct()
                .collect(java.util.stream.Collectors.toMap(c -> c, this::departmentName)));
        model.addAttribute("mayCreate", isAdmin(me));
        return "services/console/list";
    }

    @GetMapping(ROOT + "/items/{code}")
    String edit(@AuthenticationPrincipal StaffIdentity me, @PathVariable String code, Model model) {
        ServiceItem item = catalogue.item(code);
        requireEditable(me, item.departmentCode());
        return form(me, GuideForm.of(item, catalogue.implementations(code)), false, model);
    }

    @GetMapping(ROOT + "/new")
    @PreAuthorize("hasAuthority('SERVICE_CREATE')")
    String create(@AuthenticationPrincipal StaffIdentity me, Model model) {
        return form(me, new GuideForm(), true, model);
    }

    @PostMapping(ROOT + "/items")
    String save(@AuthenticationPrincipal StaffIdentity me, @ModelAttribute("guide") GuideForm guide,
            RedirectAttributes redirect, Model model) {
        boolean creating = catalogue.find(guide.getCode().strip()).isEmpty();
        if (creating && !isAdmin(me)) {
            throw new AccessDeniedException("只有系统管理员可以新增事项");
        }
        if (!creating) {
            requireEditable(me, catalogue.item(guide.getCode().strip()).departmentCode());
        }
        FieldErrors errors = new FieldErrors();
        ServiceItem item = guide.toItem(errors);
        List<Implementation> lines = guide.toImplementations(errors);
        errors.rejectIf(!mayEdit(me, item.departmentCode()), "departmentCode", "只能选择本单位范围内的部门作为实施主体");
        catalogue.check(item, lines, errors);
        try {
            errors.throwIfAny();
            catalogue.save(item, lines);
        } catch (FieldErrors.InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return form(me, guide, creating, model);
        }
        redirect.addFlashAttribute("saved", item.name());
        return "redirect:" + ROOT;
    }

    private String form(StaffIdentity me, GuideForm guide, boolean creating, Model model) {
        model.addAttribute("guide", guide);
        model.addAttribute("creating", creating);
        model.addAttribute("departments", organization.departments(organization.counties().isEmpty() ? ""
                : organization.counties().get(0).code()).stream().filter(d -> mayEdit(me, d.code())).toList());
        model.addAttribute("types", ItemType.values());
        model.addAttribute("targets", ServiceTarget.values());
        model.addAttribute("deliveryOptions", Delivery.values());
        model.addAttribute("flagOptions", ServiceFlag.values());
        model.addAttribute("themeOptions", Theme.values());
        model.addAttribute("materialHint", GuideForm.MATERIAL_HINT);
        model.addAttribute("stepHint", GuideForm.STEP_HINT);
        model.addAttribute("faqHint", GuideForm.FAQ_HINT);
        model.addAttribute("placeHint", GuideForm.PLACE_HINT);
        model.addAttribute("venueLevels", VenueLevel.values());
        return "services/console/edit";
    }

    private void requireEditable(StaffIdentity me, String departmentCode) {
        if (!mayEdit(me, departmentCode)) {
            throw new NotFoundException("没有这个事项，或它不属于您所在单位");
        }
    }

    private boolean mayEdit(StaffIdentity me, String departmentCode) {
        boolean role = permissions.may(me, Permission.SERVICE_EDIT);
        return role && me.unitCode() != null && organization.isWithin(departmentCode, me.unitCode());
    }

    private boolean isAdmin(StaffIdentity me) {
        return permissions.may(me, Permission.SERVICE_CREATE);
    }

    private String departmentName(String code) {
        return organization.department(code).map(Department::name).orElse(code);
    }
}
