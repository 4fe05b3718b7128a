package org.doorstep.reporting.web;

import java.util.EnumMap;
import java.util.Map;

import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.platform.Workbooks;
import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.AnnualReports;
import org.doorstep.reporting.PublicationDeadline;
import org.doorstep.reporting.NarrativeSection;
import org.doorstep.reporting.ReportDraft;
import org.doorstep.reporting.internal.ReportBody;
import org.doorstep.reporting.internal.ReportWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The disclosure office's annual reports: start a year's report, write its sections, enter the figures the platform
 * cannot know, regenerate, preview and print, export to Excel, and submit it to confidentiality review.
 */
@Controller
@RequestMapping("/console/reports")
@PreAuthorize("hasAuthority('REPORT_VIEW')")
class ReportsConsoleController {

    private static final String BASE = "/console/reports";

    private final AnnualReports reports;

    ReportsConsoleController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffIdentity me, Model model) {
        return listPage(me, null, null, model);
    }

    @PostMapping
    String create(@RequestParam(required = false) String year, @AuthenticationPrincipal StaffIdentity me, Model model,
            RedirectAttributes redirect) {
        AnnualReport r;
        try {
            Integer y = year == null || year.isBlank() ? null : parseYear(year);
            r = reports.create(y, me);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return listPage(me, year, null, model);
        } catch (InvalidInputException | ConflictException e) {
            return listPage(me, year, e.getMessage(), model);
        }
        redirect.addFlashAttribute("message", "已生成" + r.year() + "年度报告的数据，请撰写各部分内容");
        return "redirect:" + BASE + "/" + r.id();
    }

    private String listPage(StaffIdentity me, String year, String error, Model model) {
        java.util.List<AnnualReport> all = reports.reports(me);
        model.addAttribute("reports", all);
        java.util.Map<Long, PublicationDeadline> deadlines = new java.util.HashMap<>();
        all.forEach(r -> deadlines.put(r.id(), reports.deadline(r)));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("today", reports.today());
        boolean officer = reports.mayWrite(me);
        model.addAttribute("government", officer ? reports.governmentOf(me) : null);
        int lastYear = reports.today().getYear() - 1;
        model.addAttribute("year", year == null ? String.valueOf(lastYear) : year);
        model.addAttribute("ownDeadline", officer ? reports.deadline(me, lastYear) : null);
        model.addAttribute("error", error);
        return "reporting/console/list";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, Model model) {
        AnnualReport r = reports.report(id, me);
        Map<String, String> values = new java.util.HashMap<>();
        for (NarrativeSection s : NarrativeSection.values()) {
            values.put(s.name(), r.text(s));
        }
        values.put("penalties", text(r.handEntered().penalties()));
        values.put("enforcement", text(r.handEntered().enforcement()));
        values.put("feesWanYuan", r.handEntered().feesWanYuan() == null ? ""
                : ReportBody.format(r.handEntered().feesWanYuan().stripTrailingZeros()));
        return editPage(r, values, me, model);
    }

    private String editPage(AnnualReport r, Map<String, String> values, StaffIdentity me, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("values", values);
        model.addAttribute("sections", NarrativeSection.values());
        model.addAttribute("problems", reports.problems(r));
        model.addAttribute("differences", reports.differences(r));
        model.addAttribute("stale", reports.stale(r));
        model.addAttribute("mayEdit", r.status().editable() && reports.mayWrite(me)
                && reports.governmentOf(me).code().equals(r.divisionCode()));
        model.addAttribute("body", ReportBody.html(r));
        model.addAttribute("handNote", ReportBody.HAND_NOTE);
        return "reporting/console/edit";
    }

    @PostMapping("/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal StaffIdentity me, Model model, RedirectAttributes redirect) {
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        Map<String, String> values = new java.util.HashMap<>();
        for (NarrativeSection s : NarrativeSection.values()) {
            narrative.put(s, form.getFirst(s.name()));
            values.put(s.name(), form.getFirst(s.name()));
        }
        for (String f : new String[] {"penalties", "enforcement", "feesWanYuan"}) {
            values.put(f, form.getFirst(f));
        }
        try {
            reports.save(id, new ReportDraft(narrative, values.get("penalties"), values.get("enforcement"),
                    values.get("feesWanYuan")), me);
        } catch (InvalidFieldsException e) {
            model.addAttribute("errors", e.errors());
            return editPage(reports.report(id, me), values, me, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:" + BASE + "/" + id;
        }
        redirect.addFlashAttribute("message", "草稿已保存");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/regenerate")
    String regenerate(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        try {
            reports.regenerate(id, me);
            redirect.addFlashAttribute("message", "已按平台当前数据重新生成表二（平台数据部分）、表三和表四");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, RedirectAttributes redirect) {
        try {
            reports.submit(id, me);
            redirect.addFlashAttribute("message", "已提交保密审查，数据已冻结；审查通过后在“政府信息公开年报”栏目发布");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/align-narrative")
    String alignNarrative(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me,
            RedirectAttributes redirect) {
        try {
            int n = reports.alignNarrative(id, me);
            redirect.addFlashAttribute("message", n == 0 ? "正文与表格数据一致，无需改写"
                    : "已按表格数据改写正文中 " + n + " 处数字，请核对后再提交");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}/print")
    String print(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, Model model) {
        return ReportPages.print(reports.report(id, me), BASE + "/" + id + "/export.xlsx", model);
    }

    @GetMapping("/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me) {
        AnnualReport r = reports.report(id, me);
        return Workbooks.download(ReportWorkbook.write(r), r.title() + ".xlsx");
    }

    private static Integer parseYear(String year) {
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", "报告年度应为四位数字年份，如 2025");
        }
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }
}
