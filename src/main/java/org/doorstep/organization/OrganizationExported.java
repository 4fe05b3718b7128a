package org.doorstep.organization;

import org.doorstep.platform.DomainChange;

/**
 * A county's organisation workbook was exported; it holds grid workers' names and phone numbers, and every export of
 * personal data is audited.
 */
public record OrganizationExported(String countyCode, String fileName) implements DomainChange {

    @Override
    public String action() {
        return "organization.exported";
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
        return java.util.Map.of("file", fileName, "personalData", "网格员姓名、手机号");
    }
}
