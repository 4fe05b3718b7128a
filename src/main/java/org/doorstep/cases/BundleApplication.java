package org.doorstep.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 一件事一次办: one application for a bundle, its shared facts asked once, and its parallel sub-cases.
 *
 * @param resultNotice the one result notice sent when every sub-case is closed, or null before
 */
public record BundleApplication(String number, String bundleCode, String bundleName, Applicant applicant,
        Map<String, String> facts, Instant submittedAt, Instant completedAt, String resultNotice,
        List<Case> subCases) {

    public BundleApplication {
        facts = Map.copyOf(facts);
        subCases = List.copyOf(subCases);
    }

    /** The one status the applicant sees. */
    public String statusLabel() {
        if (completedAt != null) {
            return "已全部办结";
        }
        if (subCases.stream().anyMatch(c -> c.state() == CaseState.AWAITING_SUPPLEMENT)) {
            return "待补正材料";
        }
        return "办理中（已办结 " + closedCount() + " / " + subCases.size() + " 项）";
    }

    public long closedCount() {
        return subCases.stream().filter(c -> c.state().closed()).count();
    }

    /** From application to the last sub-case closed (or until now). */
    public Duration elapsed(Instant now) {
        return Duration.between(submittedAt, completedAt != null ? completedAt : now);
    }
}
