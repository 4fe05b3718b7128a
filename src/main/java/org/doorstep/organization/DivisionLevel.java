package org.doorstep.organization;

import java.util.Optional;

/** The three administrative levels the platform serves. */
public enum DivisionLevel {
    COUNTY("县"),
    TOWNSHIP("乡镇（街道）"),
    VILLAGE("村（社区）");

    private final String label;

    DivisionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level of a division's parent; empty for a county. */
    public Optional<DivisionLevel> parentLevel() {
        return switch (this) {
            case COUNTY -> Optional.empty();
            case TOWNSHIP -> Optional.of(COUNTY);
            case VILLAGE -> Optional.of(TOWNSHIP);
        };
    }

    /** The level of a division's children; empty for a village. */
    public Optional<DivisionLevel> childLevel() {
        return switch (this) {
            case COUNTY -> Optional.of(TOWNSHIP);
            case TOWNSHIP -> Optional.of(VILLAGE);
            case VILLAGE -> Optional.empty();
        };
    }
}
