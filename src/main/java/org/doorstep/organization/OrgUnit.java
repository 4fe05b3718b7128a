package org.doorstep.organization;

/**
 * Any organisation unit by its code (see the package documentation for the code formats).
 *
 * @param divisionCode the division the unit belongs to; a division's own code for a division
 */
public record OrgUnit(String code, String name, UnitKind kind, String divisionCode) {
}
