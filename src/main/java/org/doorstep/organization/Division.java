package org.doorstep.organization;

/**
 * An administrative division (行政区划).
 *
 * @param code the 12-digit statistical division code (统计用区划代码)
 * @param urban for a township: 街道 rather than 乡镇; for a village: 社区 rather than 村; always false for a county
 * @param parentCode the division one level up, or null for a county
 */
public record Division(String code, String name, DivisionLevel level, boolean urban, String parentCode) {

    /** 县, 乡镇, 街道, 村 or 社区. */
    public String typeLabel() {
        return typeLabel(level, urban);
    }

    public static String typeLabel(DivisionLevel level, boolean urban) {
        return switch (level) {
            case COUNTY -> "县";
            case TOWNSHIP -> urban ? "街道" : "乡镇";
            case VILLAGE -> urban ? "社区" : "村";
        };
    }
}
