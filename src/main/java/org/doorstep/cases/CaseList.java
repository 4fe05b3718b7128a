package org.doorstep.cases;

import java.util.List;

/**
 * One page of the officers' list of cases: the open cases of their scope, most urgent first, then (unfiltered) the
 * closed ones, most recently closed first.
 *
 * @param nextPage the next page of open cases, or null
 * @param nextAfter where the next page of closed cases starts, or null
 * @param open how many open cases the scope holds
 */
public record CaseList(List<CaseSummary> cases, String filter, int page, Integer nextPage, String nextAfter,
        long open, long overdue, long warning) {

    public static final int PAGE_SIZE = 50;
}
