package org.doorstep.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * 一件事一次办: one application for a bundle, its shared facts asked once, and its parallel sub-cases.
 *
 * @param resultNotice the one result notice sent when every sub-case is closed, or null before
 * @param promise the limit promised for the whole, as the portal states it (e.g. 材料齐全时 0.5 个工作日内办结)
 * @param clock the tracked clock of that promise, counted in whole working days (the promise rounded up); paused
 *        while a sub-case awaits a supplement
 */
public record BundleApplication(String number, String bundleCode, String bundleName, Applicant applicant,
        Map<String, String> facts, Instant submittedAt, Instant completedAt, String resultNotice,
        List<Case> subCases, String promise, CaseClock clock) {

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
        long waiting = subCases.stream().filter(c -> c.state() == CaseState.WAITING).count();
        if (waiting > 0) {
            return "办理中（已办结 " + closedCount() + " / " + subCases.size() + " 项，" + waiting + " 项待前置事项办结后启动）";
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

    /** The time a completed application took, e.g. 3 小时 20 分钟 or 2 天 1 小时; null while in progress. */
    public String elapsedLabel() {
        if (completedAt == null) {
            return null;
        }
        Duration d = elapsed(completedAt);
        if (d.toDays() > 0) {
            return d.toDays() + " 天 " + d.toHoursPart() + " 小时";
        }
        return d.toHours() > 0 ? d.toHours() + " 小时 " + d.toMinutesPart() + " 分钟" : d.toMinutes() + " 分钟";
    }
}
