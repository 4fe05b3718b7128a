package org.doorstep.reporting.web;

import org.doorstep.reporting.AnnualReport;
import org.doorstep.reporting.ReportStatus;
import org.doorstep.reporting.internal.ReportBody;
import org.springframework.ui.Model;

/** The print view shared by the console and the portal. */
final class ReportPages {

    private ReportPages() {
    }

    static String print(AnnualReport r, String xlsxPath, Model model) {
        model.addAttribute("xlsxPath", xlsxPath);
        model.addAttribute("r", r);
        model.addAttribute("body", ReportBody.html(r));
        model.addAttribute("published", r.status() == ReportStatus.PUBLISHED);
        return "reporting/print";
    }
}
