package org.doorstep.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.accounts.Accounts;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.cases.BundleApplication;
import org.doorstep.cases.Case;
import org.doorstep.cases.CaseMaterial;
import org.doorstep.cases.Cases;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.services.Bundle;
import org.doorstep.services.Delivery;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceItem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in applicant's side: apply (one item or a 一件事), follow "my cases", supplement after a notice. */
@Controller
class MyCasesController {

    private final Cases cases;
    private final ServiceCatalogue catalogue;
    private final Accounts accounts;
    private final ApplicantIdentity identity;

    MyCasesController(Cases cases, ServiceCatalogue catalogue, Accounts accounts, ApplicantIdentity identity) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.identity = identity;
    }

    @GetMapping("/my/cases")
    String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
        model.addAttribute("cases", cases.casesOf(me.username()));
        model.addAttribute("bundles", cases.bundlesOf(me.username()));
        model.addAttribute("bundleOptions", catalogue.bundles());
        return "cases/portal/my";
    }

    @GetMapping("/my/cases/{number}")
    String detail(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number, Model model) {
        Case c = cases.caseOf(number, me.username());
        model.addAttribute("c", c);
        model.addAttribute("queryCode", cases.queryCodeOf(number, me.username()));
        model.addAttribute("reusable", cases.reusableMaterials(me.username()));
        model.addAttribute("letters", CaseLetters.links(c));
        return "cases/portal/case";
    }

    @GetMapping("/my/apply/{itemCode}")
    String applyForm(@AuthenticationPrincipal StaffIdentity me, @PathVariable String itemCode, Model model) {
        ServiceItem item = catalogue.item(itemCode);
        return applyPage(me, item, identity.prefill(me), null, model);
    }

    @PostMapping("/my/apply/{itemCode}")
    String apply(@AuthenticationPrincipal StaffIdentity me, @PathVariable String itemCode,
            MultipartHttpServletRequest request, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        ServiceItem item = catalogue.item(itemCode);
        List<String> names = item.materials().stream().map(Material::name).toList();
        try (MaterialFields m = new MaterialFields(request, names)) {
            Case c = cases.apply(itemCode, identity.reconcile(me, details(params)), delivery(params.get("delivery")),
                    m.uploads, m.reused, me);
            redirect.addFlashAttribute("applied", c.number());
            // 秒批: decided in the same request; the page says so rather than "submitted".
            redirect.addFlashAttribute("instant", c.state() == org.doorstep.cases.CaseState.COMPLETED);
            return "redirect:/my/cases/" + c.number();
        } catch (InvalidInputException e) {
            return applyPage(me, item, params, errors(e), model);
        }
    }

    @PostMapping("/my/cases/{number}/supplement")
    String supplement(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number,
            MultipartHttpServletRequest request, RedirectAttributes redirect) {
        Case c = cases.caseOf(number, me.username());
        List<String> names = c.openNotice() == null ? List.of()
                : c.openNotice().items().stream().map(i -> i.material()).toList();
        try (MaterialFields m = new MaterialFields(request, names)) {
            cases.supplement(number, m.uploads, m.reused, me);
            redirect.addFlashAttribute("supplemented", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/cases/" + number;
    }

    @GetMapping("/my/bundles/{number}")
    String bundle(@AuthenticationPrincipal StaffIdentity me, @PathVariable String number, Model model) {
        BundleApplication b = cases.bundleOf(number, me.username());
        model.addAttribute("b", b);
        model.addAttribute("queryCode", cases.queryCodeOf(number, me.username()));
        model.addAttribute("elapsedMinutes", b.elapsed(cases.now()).toMinutes());
        return "cases/portal/bundle";
    }

    @GetMapping("/my/apply-bundle/{bundleCode}")
    String bundleForm(@AuthenticationPrincipal StaffIdentity me, @PathVariable String bundleCode, Model model) {
        return bundlePage(me, catalogue.bundle(bundleCode), identity.prefill(me), null, model);
    }

    @PostMapping("/my/apply-bundle/{bundleCode}")
    String applyBundle(@AuthenticationPrincipal StaffIdentity me, @PathVariable String bundleCode,
            MultipartHttpServletRequest request, @RequestParam Map<String, String> params, Model model) {
        Bundle bundle = catalogue.bundle(bundleCode);
        List<String> names = cases.bundleMaterials(bundle).stream().map(Material::name).toList();
        Map<String, String> facts = new LinkedHashMap<>();
        cases.bundleFacts(bundle).keySet().forEach(k -> facts.put(k, params.get("fact-" + k)));
        try (MaterialFields m = new MaterialFields(request, names)) {
            BundleApplication b = cases.applyBundle(bundleCode, identity.reconcile(me, details(params)), facts,
                    delivery(params.get("delivery")), m.uploads, me);
            return "redirect:/my/bundles/" + b.number();
        } catch (InvalidInputException e) {
            return bundlePage(me, bundle, params, errors(e), model);
        }
    }

    private String applyPage(StaffIdentity me, ServiceItem item, Map<String, String> form, Map<String, String> errors,
            Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reusable", reusableByName(me));
        model.addAttribute("deliveries", item.deliveries());
        applyingAs(me, model);
        return "cases/portal/apply";
    }

    /**
     * Whom the application is filed under, masked, or (for an account not yet identity-verified) how to verify
     * instead of the form.
     */
    private void applyingAs(StaffIdentity me, Model model) {
        try {
            var h = identity.holder(me);
            model.addAttribute("applyingAs", h.firm() ? "企业 " + h.name() + "（统一社会信用代码 " + h.number() + "）"
                    : "个人 " + h.name() + "（身份证号 " + org.doorstep.platform.Masking.maskIdNumber(h.number()) + "）");
        } catch (InvalidInputException e) {
            model.addAttribute("howToVerify", e.getMessage());
        }
    }

    private String bundlePage(StaffIdentity me, Bundle bundle, Map<String, String> form, Map<String, String> errors,
            Model model) {
        applyingAs(me, model);
        model.addAttribute("bundle", bundle);
        model.addAttribute("facts", cases.bundleFacts(bundle));
        model.addAttribute("materials", cases.bundleMaterials(bundle));
        model.addAttribute("items", bundle.itemCodes().stream().map(catalogue::item).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("deliveries", Delivery.values());
        return "cases/portal/apply-bundle";
    }

    private Map<String, List<CaseMaterial>> reusableByName(StaffIdentity me) {
        Map<String, List<CaseMaterial>> byName = new LinkedHashMap<>();
        for (CaseMaterial m : cases.reusableMaterials(me.username())) {
            byName.computeIfAbsent(m.name(), k -> new java.util.ArrayList<>()).add(m);
        }
        return byName;
    }

    static ApplicantDetails details(Map<String, String> p) {
        return new ApplicantDetails(p.getOrDefault("kind", "PERSON"), p.get("name"), p.get("idNumber"), p.get("phone"),
                p.get("creditCode"));
    }

    static Delivery delivery(String value) {
        for (Delivery d : Delivery.values()) {
            if (d.name().equals(value)) {
                return d;
            }
        }
        return null;
    }

    static Map<String, String> errors(InvalidInputException e) {
        if (e instanceof FieldErrors.InvalidFieldsException f) {
            return f.errors();
        }
        return Map.of(e.field() == null ? "form" : e.field(), e.getMessage());
    }
}
