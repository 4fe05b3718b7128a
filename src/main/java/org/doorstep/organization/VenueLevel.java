package org.doorstep.organization;

/** The four levels of service places (seed 003); each but the 驿站 sits at one division level. */
public enum VenueLevel {
    CENTER("政务服务中心", DivisionLevel.COUNTY),
    TOWN_CENTER("便民服务中心", DivisionLevel.TOWNSHIP),
    VILLAGE_STATION("便民服务站", DivisionLevel.VILLAGE),
    /** 政务服务驿站, e.g. in a bank branch or a park: allowed in any division. */
    POST("政务服务驿站", null);

    private final String label;
    private final DivisionLevel divisionLevel;

    VenueLevel(String label, DivisionLevel divisionLevel) {
        this.label = label;
        this.divisionLevel = divisionLevel;
    }

    public String label() {
        return label;
    }

    public boolean allowedAt(DivisionLevel level) {
        return divisionLevel == null || divisionLevel == level;
    }

    /** The division level this kind of venue belongs to, or null for 驿站 (any level). */
    public DivisionLevel divisionLevel() {
        return divisionLevel;
    }
}
