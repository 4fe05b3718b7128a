package org.doorstep.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often the portal sends one-time codes and takes anonymous submissions ({@code DOORSTEP_LIMITS_*}). Counted per
 * mobile number, per client address and per contact (a number or an e-mail address) in PostgreSQL.
 *
 * @param codesPerNumberMinute codes (or SMS in their place) to one number within a minute
 * @param codesPerNumberDay codes to one number within a day
 * @param codesPerClientHour codes requested by one client address within an hour
 * @param submissionsPerClientHour portal applications and topics from one client address within an hour
 * @param submissionsPerClientDay the same within a day
 * @param submissionsPerContactDay portal applications and topics giving one mobile number or e-mail within a day
 */
@ConfigurationProperties("doorstep.limits")
public record PortalLimits(Integer codesPerNumberMinute, Integer codesPerNumberDay, Integer codesPerClientHour,
        Integer submissionsPerClientHour, Integer submissionsPerClientDay, Integer submissionsPerContactDay) {

    public PortalLimits {
        codesPerNumberMinute = codesPerNumberMinute == null ? 1 : codesPerNumberMinute;
        codesPerNumberDay = codesPerNumberDay == null ? 10 : codesPerNumberDay;
        codesPerClientHour = codesPerClientHour == null ? 20 : codesPerClientHour;
        submissionsPerClientHour = submissionsPerClientHour == null ? 10 : submissionsPerClientHour;
        submissionsPerClientDay = submissionsPerClientDay == null ? 30 : submissionsPerClientDay;
        submissionsPerContactDay = submissionsPerContactDay == null ? 5 : submissionsPerContactDay;
    }
}
