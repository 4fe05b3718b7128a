package org.doorstep.organization.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.doorstep.organization.GridWorker;
import org.doorstep.organization.internal.Column;
import org.doorstep.organization.internal.InvalidRecordException;
import org.doorstep.organization.internal.OrgSnapshots;
import org.doorstep.organization.internal.OrgState;
import org.doorstep.organization.internal.OrganizationEditor;
import org.doorstep.organization.internal.Problem;
import org.doorstep.organization.internal.RecordKind;
import org.doorstep.organization.internal.RecordSupport;
import org.doorstep.organization.internal.RecordSupports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.doorstep.organization.Organization;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing every kind of record with one form page, driven by the kind's columns. Only system
 * administrators; the rules are the import's, and on any error nothing is saved and each message is shown at its
 * field.
 */
@Controller
@RequestMapping(ConsolePaths.ROOT)
@PreAuthorize("hasAuthority('ORGANIZATION_EDIT')")
class OrganizationFormController {

    private final OrganizationEditor editor;
    private final OrgSnapshots snapshots;
    private final Organization organization;

    OrganizationFormController(OrganizationEditor editor, OrgSnapshots snapshots, Organization organization) {
        this.editor = editor;
        this.snapshots = snapshots;
        this.organization = organization;
    }

    /** A new record belongs to its context (parent division, venue or grid); a new county to the county level. */
    private void requireMayCreateIn(String context) {
        if (context == null || context.isBlank()) {
            Roles.requireCountyLevel(organization);
        } else {
            Roles.requireWithin(organization, unitOf(context));
        }
    }

    /** Grid workers are scoped by their grid ({@code <grid code>-NN}); everything else by its own code. */
    private static String unitOf(String code) {
        int dash = code.lastIndexOf('-');
        return dash > 0 && code.substring(0, dash).matches("\\d{15}") ? code.substring(0, dash) : code;
    }

    @ModelAttribute
    void access() {
        Roles.require(Roles.EDIT);
    }

    @GetMapping("/new/{kind}")
    String createForm(@PathVariable String kind, @RequestParam(defaultValue = "") String context, Model model) {
        RecordKind k = kind(kind);
        OrgState state = snapshots.current();
        // A new record is opened from the page of what it belongs to (only a county stands on its own).
        boolean known = switch (k) {
            case DIVISION -> context.isBlank() || state.divisions().containsKey(context);
            case DEPARTMENT, VENUE, GRID -> state.divisions().containsKey(context);
            case WINDOW -> state.venues().containsKey(context);
            case GRID_WORKER -> state.grids().containsKey(context);
        };
        if (!known) {
            throw ConsolePaths.notFound();
        }
        requireMayCreateIn(context);
        RecordSupport<Object> support = RecordSupports.of(k);
        return form(k, null, support.defaults(context, state), Map.of(), model);
    }

    @PostMapping("/new/{kind}")
    String create(@PathVariable String kind, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        RecordKind k = kind(kind);
        Map<String, String> values = fields(k, params);
        requireMayCreateIn(values.get(k.contextField()));
        try {
            Object saved = editor.create(k, values);
            redirect.addFlashAttribute("saved", "已新增" + k.label());
            return "redirect:" + ConsolePaths.pageOf(saved);
        } catch (InvalidRecordException e) {
            return form(k, null, values, errors(e), model);
        }
    }

    @GetMapping("/edit/{kind}/{code}")
    String editForm(@PathVariable String kind, @PathVariable String code, Model model) {
        RecordKind k = kind(kind);
        RecordSupport<Object> support = RecordSupports.of(k);
        Object existing = support.in(snapshots.current()).get(code);
        if (existing == null) {
            throw ConsolePaths.notFound();
        }
        Roles.requireWithin(organization, unitOf(code));
        return form(k, code, support.row(existing), Map.of(), model);
    }

    @PostMapping("/edit/{kind}/{code}")
    String update(@PathVariable String kind, @PathVariable String code, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        RecordKind k = kind(kind);
        Roles.requireWithin(organization, unitOf(code));
        try {
            Object saved = editor.update(k, code, fields(k, params));
            redirect.addFlashAttribute("saved", "已保存" + k.label() + "的修改");
            return "redirect:" + ConsolePaths.pageOf(saved);
        } catch (InvalidRecordException e) {
            RecordSupport<Object> support = RecordSupports.of(k);
            Object existing = support.in(snapshots.current()).get(code);
            Map<String, String> shown = existing == null ? fields(k, params)
                    : OrganizationEditor.merged(k, support.row(existing), fields(k, params));
            return form(k, code, shown, errors(e), model);
        }
    }

    private String form(RecordKind kind, String code, Map<String, String> values, Map<String, String> errors,
            Model model) {
        boolean creating = code == null;
        OrgState state = snapshots.current();
        RecordSupport<Object> support = RecordSupports.of(kind);
        List<FormField> fields = kind.columns().stream().map(c -> {
            boolean fixed = creating ? c.key().equals(kind.contextField()) : kind.keyFields().contains(c.key());
            List<RecordSupport.Option> options = fixed ? List.of() : support.options(c.key(), values, state);
            // Personal data is never sent back to the browser, not even into an edit form.
            String value = c.personal() ? "" : values.getOrDefault(c.key(), "");
            String hint = c.personal() && !creating
                    ? "当前为 " + GridWorker.mask(values.getOrDefault(c.key(), "")) + "；留空则不修改" : c.hint();
            return new FormField(c.key(), c.header(), options.isEmpty() ? input(c) : "select", value, options, fixed,
                    c.required() && !(c.personal() && !creating), hint, errors.get(c.key()));
        }).toList();
        Map<String, String> otherErrors = new LinkedHashMap<>(errors);
        kind.columns().forEach(c -> otherErrors.remove(c.key()));
        model.addAttribute("kind", kind);
        model.addAttribute("creating", creating);
        model.addAttribute("code", code);
        model.addAttribute("fields", fields);
        model.addAttribute("errorCount", errors.size());
        model.addAttribute("otherErrors", otherErrors.values());
        model.addAttribute("action", creating ? ConsolePaths.ROOT + "/new/" + kind.path()
                : ConsolePaths.ROOT + "/edit/" + kind.path() + "/" + code);
        model.addAttribute("back", back(kind, code, values));
        model.addAttribute("title", (creating ? "新增" : "修改") + kind.label());
        return "organization/console/form";
    }

    /** Where "取消" leads: the page of the record, or of what it is being created under. */
    private String back(RecordKind kind, String code, Map<String, String> values) {
        String context = values.getOrDefault(kind.contextField(), "");
        return switch (kind) {
            case DIVISION -> code != null ? ConsolePaths.division(code)
                    : context.isBlank() ? ConsolePaths.ROOT : ConsolePaths.division(context);
            case DEPARTMENT, VENUE -> code != null && kind == RecordKind.VENUE ? ConsolePaths.venue(code)
                    : ConsolePaths.division(context);
            case WINDOW -> ConsolePaths.venue(context);
            case GRID -> code != null ? ConsolePaths.grid(code) : ConsolePaths.division(context);
            case GRID_WORKER -> ConsolePaths.grid(context);
        };
    }

    private static String input(Column c) {
        return switch (c.input()) {
            case NUMBER -> "number";
            case TEL -> "tel";
            default -> "text";
        };
    }

    /** Only the kind's own fields, whatever else the request carries (such as the CSRF token). */
    private static Map<String, String> fields(RecordKind kind, Map<String, String> params) {
        Map<String, String> values = new HashMap<>();
        kind.columns().forEach(c -> values.put(c.key(), params.getOrDefault(c.key(), "")));
        return values;
    }

    /** Field → all its messages. */
    private static Map<String, String> errors(InvalidRecordException e) {
        return e.problems().stream().collect(Collectors.toMap(Problem::field, Problem::message,
                (a, b) -> a + "；" + b, LinkedHashMap::new));
    }

    private static RecordKind kind(String path) {
        return RecordKind.byPath(path).orElseThrow(ConsolePaths::notFound);
    }
}
