package org.doorstep.cases.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.cases.BundleApplication;
import org.doorstep.cases.Case;
import org.doorstep.cases.CaseList;
import org.doorstep.cases.CaseState;
import org.doorstep.cases.Cases;
import org.doorstep.cases.OneTimeNotice;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.services.Delivery;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceCatalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 办件 in the console: the unit's list with due flags, window entry (帮办代办), and every officer action. */
@Controller
@PreAuthorize("hasAuthority('CASE_VIEW')")
class CasesConsoleController {

    static final String ROOT = "/console/cases";

    private final Cases cases;
    private final ServiceCatalogue catalogue;
    private final Permissions permissions;

    CasesConsoleController(Cases cases, ServiceCatalogue catalogue, Permissions permissions) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.permissions = permissions;
    }

    @GetMapping(ROOT)
    String list(@AuthenticationPrincipal StaffIdentity me, @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String after, Model model) {
        CaseList list = cases.list(me, filter, page, after);
        model.addAttribute("list", list);
        model.addAttribute("cases", list.cases());
        model.addAttribute("filter", list.filter());
        model.addAttribute("overdue", list.overdue());
        model.addAttribute("warning", list.warning());
        model.addAttribute("mayEnter", mayEnter(me));
        return "cases/console/list";
    }

    @GetMapping(ROOT + "/new")
    @PreAuthorize("hasAuthority('CASE_ENTER')")
    String entryForm(@AuthenticationPrincipal StaffIdentity me, @RequestParam(required = false) String item,
            Model model) {
        return entryPage(me, item == null ? Map.of() : Map.of("itemCode", item), null, Set.of(), model);
    }

    @PostMapping(ROOT + "/new")
    @PreAuthorize("hasAuthority('CASE_ENTER')")
    String enter(@AuthenticationPrincipal StaffIdentity me, @RequestParam Map<String, String> params,
            @RequestParam(name = "paper", required = false) List<String> paper, Model model,
            RedirectAttributes redirect) {
        Set<String> received = paper == null ? Set.of() : new LinkedHashSet<>(paper);
        try {
            Case c = cases.enterAtWindow(params.get("itemCode"), MyCasesController.details(params),
                    MyCasesController.delivery(params.get("delivery")), received, params.get("note"), me);
            redirect.addFlashAttribute("entered", cases.receiptCode(c.number(), me));
            return "redirect:" + ROOT + "/" + c.number();
        } catch (InvalidInputException e) {
            return entryPage(me, params, MyCasesController.errors(e), received, model);
        }
    }

    @GetMapping(ROOT + "/{number}")
    String detail(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number, Model model) {
        Case c = cases.forStaff(number, me);
        model.addAttribute("c", c);
        model.addAttribute("materialNames", catalogue.find(c.itemCode()).map(i -> i.materials().stream()
                .map(Material::name).toList()).orElse(List.of()));
        model.addAttribute("missing", missing(c));
        model.addAttribute("may", permissions.granted(me).stream().map(Permission::name).collect(Collectors.toSet()));
        model.addAttribute("responsible", me.username().equals(c.responsibleLogin()));
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("letters", CaseLetters.links(c));
        // The whole 一件事's promise stands beside the sub-case's own, so that its department sees both clocks.
        model.addAttribute("bundle", c.bundleNumber() == null ? null : cases.bundleForStaff(c.bundleNumber(), me));
        return "cases/console/detail";
    }

    /** A 一件事 application: its one status and every sub-case, linked where the officer may act on it. */
    @GetMapping("/console/bundles/{number}")
    String bundle(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number, Model model) {
        BundleApplication b = cases.bundleForStaff(number, me);
        model.addAttribute("b", b);
        model.addAttribute("linkable", cases.subCasesVisibleTo(b, me));
        return "cases/console/bundle";
    }

    @PostMapping(ROOT + "/{number}/{action}")
    String act(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        String note = params.getFirst("note");
        // Refuse a role that may not take the step before looking the case up, so the answer is the same 403
        // whichever case number is tried.
        Permission needed = switch (action) {
            case "accept", "refuse", "notice", "supplement" -> Permission.CASE_INTAKE;
            case "dispatch" -> Permission.CASE_DISPATCH;
            case "review", "approve", "reject" -> Permission.CASE_DECIDE;
            case "deliver" -> Permission.CASE_DELIVER;
            case "handover" -> permissions.may(me, Permission.CASE_REASSIGN) ? Permission.CASE_REASSIGN
                    : Permission.CASE_HANDOVER;
            default -> null;
        };
        if (needed != null) {
            permissions.require(me, needed);
        }
        try {
            switch (action) {
                case "accept" -> cases.accept(number, note, me);
                case "refuse" -> cases.refuse(number, params.getFirst("reason"), me);
                case "notice" -> cases.notice(number, noticeItems(params), note, params.getFirst("reason"), me);
                case "supplement" -> cases.supplementAtWindow(number, new LinkedHashSet<>(
                        params.getOrDefault("paper", List.of())), me);
                case "dispatch" -> cases.dispatch(number, note, me);
                case "review" -> cases.review(number, note, me);
                case "approve" -> cases.approve(number, note, me);
                case "reject" -> cases.reject(number, params.getFirst("reason"), me);
                case "deliver" -> cases.deliver(number, MyCasesController.delivery(params.getFirst("delivery")),
                        params.getFirst("tracking"), note, me);
                case "handover" -> cases.handOver(number, params.getFirst("to"), note, me);
                default -> throw new InvalidInputException("没有这个操作：" + action);
            }
            boolean later = "notice".equals(action) && params.getFirst("reason") != null
                    && !params.getFirst("reason").isBlank();
            redirect.addFlashAttribute("done", later ? "已发出补充告知，计时暂停" : label(action));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + ROOT + "/" + number;
    }

    private static List<OneTimeNotice.NoticeItem> noticeItems(MultiValueMap<String, String> params) {
        List<OneTimeNotice.NoticeItem> items = new ArrayList<>();
        List<String> names = params.getOrDefault("material", List.of());
        for (String n : names) {
            String problem = params.getFirst("problem-" + n);
            items.add(new OneTimeNotice.NoticeItem(n, problem));
        }
        return items;
    }

    /** Materials of the guide not yet given: pre-ticked on the one-time notice form. */
    private List<String> missing(Case c) {
        Set<String> given = new LinkedHashSet<>();
        c.materials().forEach(m -> given.add(m.name()));
        return catalogue.find(c.itemCode()).map(i -> i.materials().stream().filter(Material::required)
                .map(Material::name).filter(n -> !given.contains(n)).toList()).orElse(List.of());
    }

    private String entryPage(StaffIdentity me, Map<String, String> form, Map<String, String> errors,
            Set<String> paper, Model model) {
        model.addAttribute("items", cases.itemsForWindow(me));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("paper", paper);
        String code = form.get("itemCode");
        model.addAttribute("chosen", code == null ? null : catalogue.find(code).orElse(null));
        model.addAttribute("deliveries", Delivery.values());
        return "cases/console/entry";
    }

    private boolean mayEnter(StaffIdentity me) {
        return permissions.may(me, Permission.CASE_ENTER);
    }

    private static String label(String action) {
        return switch (action) {
            case "accept" -> "已受理";
            case "refuse" -> "已作出不予受理决定";
            case "notice" -> "已发出一次性告知，计时暂停";
            case "supplement" -> "已记录补正材料，恢复计时";
            case "dispatch" -> "已分发至主管部门";
            case "review" -> "已开始审查";
            case "approve" -> "已审批通过";
            case "reject" -> "已作出不予批准决定";
            case "deliver" -> "已送达并办结";
            case "handover" -> "已移交首问责任";
            default -> "已完成";
        };
    }

}
