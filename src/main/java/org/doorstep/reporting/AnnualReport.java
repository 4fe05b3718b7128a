package org.doorstep.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One government's 政府信息公开工作年度报告 for one year.
 *
 * @param figures the figures as last generated, or as frozen at submission once submitted
 * @param documentId the government document it was published as (disclosure module), or null before submission
 * @param returnReason the reviewer's reason when returned, else null
 */
public record AnnualReport(long id, String divisionCode, String governmentName, int year,
        Map<NarrativeSection, String> narrative, HandEntered handEntered, Figures figures, Instant generatedAt,
        Long documentId, ReportStatus status, String returnReason, Instant submittedAt, String submittedBy,
        int version) {

    public AnnualReport {
        narrative = Map.copyOf(narrative);
    }

    /** The title in the usual form, e.g. 青溪县人民政府2025年政府信息公开工作年度报告. */
    public String title() {
        return title(governmentName, year);
    }

    public static String title(String governmentName, int year) {
        return governmentName + year + "年政府信息公开工作年度报告";
    }

    public String text(NarrativeSection section) {
        return narrative.getOrDefault(section, "");
    }

    public List<ReportTable> tables() {
        return ReportTables.of(figures, handEntered);
    }

    /** The columns of table 三 whose check fails, described in Chinese; empty when every column balances. */
    public List<String> columnCheckFailures() {
        return ReportTables.columnCheckFailures(figures.requests());
    }
}
