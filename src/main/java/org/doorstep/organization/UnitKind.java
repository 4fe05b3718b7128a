package org.doorstep.organization;

/** What a unit code names. */
public enum UnitKind {
    COUNTY, TOWNSHIP, VILLAGE, DEPARTMENT, VENUE, WINDOW, GRID;

    public static UnitKind of(DivisionLevel level) {
        return switch (level) {
            case COUNTY -> COUNTY;
            case TOWNSHIP -> TOWNSHIP;
            case VILLAGE -> VILLAGE;
        };
    }

    public boolean isDivision() {
        return this == COUNTY || this == TOWNSHIP || this == VILLAGE;
    }
}
