package org.doorstep.cases;

import java.time.Instant;
import java.util.List;

/**
 * 一次性告知: every missing or defective material told at once; the clock is paused until the applicant supplements.
 *
 * @param reason for a later notice (补充告知) only: why the first could not know of its materials (see
 *        {@link OneTimeNoticeRule}); null on the first
 * @param resolvedAt when the supplement arrived, or null while it is awaited
 */
public record OneTimeNotice(Instant issuedAt, String issuedBy, List<NoticeItem> items, String note, String reason,
        Instant resolvedAt) {

    /** One material to supplement and what is wrong with it (缺少、不清晰、已过期 …). */
    public record NoticeItem(String material, String problem) {
    }

    public OneTimeNotice {
        items = List.copyOf(items);
    }

    /** A later notice, sent after the first for what the first could not know of. */
    public boolean supplementary() {
        return reason != null;
    }
}
