package org.doorstep.disclosure;

import java.time.Instant;

/** An earlier version of a revised document, with the note that explains the revision. */
public record Revision(int version, String title, String note, String revisedBy, Instant revisedAt) {

    /** The time in China, for pages. */
    public String shownAt() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(revisedAt.atZone(java.time.ZoneId.of("Asia/Shanghai")));
    }
}
