package org.doorstep.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; every criterion is optional (null or blank means "any").
 *
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param actor exact user name (an ID number or phone number given here is masked before the search, as stored)
 * @param actionPrefix action code or its beginning, e.g. {@code calendar.}
 * @param subjectContains text the subject contains, ignoring case
 * @param unitCodePrefix unit code or its beginning, e.g. a township's code prefix for all its villages
 */
public record AuditQuery(Instant from, Instant to, String actor, String actionPrefix, String subjectContains,
        String unitCodePrefix) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
