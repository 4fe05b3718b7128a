package org.doorstep.reporting.web;

import org.doorstep.platform.Workbooks;
import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.AnnualReports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Published annual reports for everyone: the list, the print view and the tables as .xlsx. */
@Controller
class AnnualReportPortalController {

    private final AnnualReports reports;

    AnnualReportPortalController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/annual-reports")
    String list(Model model) {
        model.addAttribute("reports", reports.publishedReports());
        return "reporting/portal/list";
    }

    @GetMapping("/annual-reports/{division}/{year}")
    String report(@PathVariable String division, @PathVariable int year, Model model) {
        return ReportPages.print(reports.published(division, year), path(division, year) + "/export.xlsx", model);
    }

    @GetMapping("/annual-reports/{division}/{year}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable String division, @PathVariable int year) {
        AnnualReport r = reports.published(division, year);
        return Workbooks.download(org.doorstep.reporting.internal.ReportWorkbook.write(r), r.title() + ".xlsx");
    }

    static String path(String division, int year) {
        return "/annual-reports/" + division + "/" + year;
    }
}
