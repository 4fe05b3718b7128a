package org.doorstep.disclosure;

import java.time.Instant;

/**
 * One 保密审查 decision on a version of a document (条例第十七条), with the reviewer's opinion: for staff, never the public.
 *
 * @param opinion may be empty for an approval; a return always says why
 */
public record ReviewDecision(int version, Verdict verdict, String opinion, String reviewer, Instant decidedAt) {

    /** What the reviewer decided. */
    public enum Verdict {
        APPROVED("审查通过"),
        RETURNED("退回修改");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The time in China, for pages. */
    public String shownAt() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(decidedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")));
    }
}
