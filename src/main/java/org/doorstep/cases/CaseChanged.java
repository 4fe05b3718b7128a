package org.doorstep.cases;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/**
 * A case moved: created, accepted, refused, noticed, supplemented, dispatched, reviewed, approved, rejected,
 * delivered or handed over. Audited; carries no personal data (states, item and units only).
 *
 * @param action e.g. {@code cases.case.accepted}
 */
public record CaseChanged(String action, String number, String itemCode, CaseState from, CaseState to,
        String unitCode) implements DomainChange {

    @Override
    public String subject() {
        return number;
    }

    @Override
    public Object before() {
        return from == null ? null : Map.of("state", from.name());
    }

    @Override
    public Object after() {
        return Map.of("state", to.name(), "itemCode", itemCode, "unit", unitCode == null ? "" : unitCode);
    }
}
