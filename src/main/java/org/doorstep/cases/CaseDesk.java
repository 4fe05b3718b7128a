package org.doorstep.cases;

import java.util.List;

/**
 * What waits for an officer on their console landing: open cases of their scope counted by the step they wait for
 * (受理, 分发, 审查审批, 送达) and by urgency, and the most urgent few.
 *
 * @param warning due within {@link Urgency#WARNING_DAYS} working days and not overdue
 * @param mine open cases the officer is responsible for (首问)
 */
public record CaseDesk(long intake, long dispatch, long review, long deliver, long warning, long overdue, long mine,
        List<CaseSummary> urgent) {

    public CaseDesk {
        urgent = List.copyOf(urgent);
    }
}
