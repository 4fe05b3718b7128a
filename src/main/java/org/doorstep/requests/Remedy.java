package org.doorstep.requests;

import java.time.LocalDate;

/** An administrative reconsideration or lawsuit about a request, with its latest result (table 四). */
public record Remedy(long id, RemedyKind kind, RemedyResult result, LocalDate filedOn, LocalDate decidedOn,
        String note, String recordedBy) {
}
