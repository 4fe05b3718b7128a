package org.doorstep.organization.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.doorstep.organization.Division;
import org.doorstep.organization.DivisionLevel;
import org.doorstep.platform.NotFoundException;
import org.springframework.stereotype.Service;

/** Writes a county back in the import format, so that export → import changes nothing. */
@Service
public class OrganizationExporter {

    private final OrganizationStore store;

    OrganizationExporter(OrganizationStore store) {
        this.store = store;
    }

    /** Grid workers' phone numbers are masked; importing the workbook back keeps the stored numbers. */
    public byte[] export(String countyCode) {
        OrgState state = store.loadAll();
        Division county = state.division(countyCode).filter(d -> d.level() == DivisionLevel.COUNTY)
                .orElseThrow(() -> new NotFoundException("未找到县级区划 " + countyCode));
        String prefix = county.code().substring(0, 6);
        Map<RecordKind, List<Map<String, String>>> rows = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            rows.put(kind, rowsOf(RecordSupports.of(kind), state, prefix));
        }
        return CountyWorkbook.write(rows);
    }

    /** The empty workbook with headers, drop-down lists and the 填写说明 sheet. */
    public byte[] template() {
        return CountyWorkbook.write(Map.of());
    }

    private static <T> List<Map<String, String>> rowsOf(RecordSupport<T> support, OrgState state, String prefix) {
        // Codes sort parents before children; windows sort by number, not by the text of their code.
        return support.in(state).values().stream()
                .filter(r -> support.code(r).startsWith(prefix))
                .sorted(support.order())
                .map(support::row)
                .map(row -> support.kind() == RecordKind.GRID_WORKER ? GridWorkerSupport.masked(row) : row)
                .toList();
    }
}
