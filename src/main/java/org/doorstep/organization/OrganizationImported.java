package org.doorstep.organization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.doorstep.platform.DomainChange;

/**
 * A county workbook was imported. Each created or changed record also got its own *Saved event; this one records
 * the import as a whole.
 *
 * @param counts per sheet name (行政区划, 部门 …): how many rows created, updated and left unchanged
 */
public record OrganizationImported(String countyCode, Map<String, Counts> counts) implements DomainChange {

    public record Counts(int created, int updated, int unchanged) {
    }

    public OrganizationImported {
        // Keeps the sheets in workbook order for whoever reads the audit trail.
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    @Override
    public String action() {
        return "organization.imported";
    }

    @Override
    public String subject() {
        return countyCode;
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return counts;
    }
}
