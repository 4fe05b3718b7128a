package org.doorstep.organization.internal;

import java.util.List;
import java.util.Map;

import org.doorstep.organization.OrganizationImported.Counts;

/**
 * The outcome of an import: either everything was imported (with counts per sheet), or nothing was, and the
 * problems say why, row by row.
 */
public record ImportReport(boolean imported, String countyCode, Map<String, Counts> counts,
        List<ImportProblem> problems) {

    static ImportReport rejected(List<ImportProblem> problems) {
        return new ImportReport(false, null, Map.of(), List.copyOf(problems));
    }

    static ImportReport done(String countyCode, Map<String, Counts> counts) {
        return new ImportReport(true, countyCode, counts, List.of());
    }
}
