package org.doorstep.organization;

/**
 * A service place: 政务服务中心, 便民服务中心, 便民服务站 or 政务服务驿站.
 *
 * @param code {@code <division code>-<short code>}, e.g. {@code 361199000000-ZWFWZX}
 * @param phone the venue's public service phone (an office line, not personal data)
 */
public record Venue(String code, String divisionCode, String shortCode, VenueLevel level, String name, String address,
        String openingHours, String phone) {

    public static String codeOf(String divisionCode, String shortCode) {
        return divisionCode + "-" + shortCode;
    }
}
