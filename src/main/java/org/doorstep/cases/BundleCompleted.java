package org.doorstep.cases;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/** Every sub-case of a 一件事 application is closed; the applicant got one result notice. */
public record BundleCompleted(String number, String bundleCode, int subCases) implements DomainChange {

    @Override
    public String action() {
        return "cases.bundle.completed";
    }

    @Override
    public String subject() {
        return number;
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("bundleCode", bundleCode, "subCases", subCases);
    }
}
