package org.doorstep.cases;

import java.time.LocalDate;

/**
 * A case as a row of the officers' list: what the list shows, read in one query with its page.
 *
 * @param due the promised due date (while paused: as if counting resumed on the day it was paused)
 */
public record CaseSummary(String number, String itemName, String applicantName, String maskedPhone, CaseState state,
        LocalDate due, Urgency urgency, String responsibleName) {
}
