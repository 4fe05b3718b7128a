package org.doorstep.disclosure;

import java.time.Instant;

/** One entry of a catalogue's change history (动态管理): who changed which node, when and why. */
public record CatalogueRevision(long nodeId, int version, String action, String name, String snapshot,
        String reason, String changedBy, Instant changedAt) {

    /** The time in China, for pages. */
    public String shownAt() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(changedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")));
    }
}
