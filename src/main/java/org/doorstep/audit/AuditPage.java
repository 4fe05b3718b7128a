package org.doorstep.audit;

import java.util.List;

/**
 * One page of search results, newest first, with keyset cursors: pass {@link #olderCursor()} as {@code olderThan}
 * for the next page and {@link #newerCursor()} as {@code newerThan} for the previous one.
 *
 * @param hasOlder more matching entries exist after this page
 * @param hasNewer more matching entries exist before this page
 */
public record AuditPage(List<AuditEntry> entries, boolean hasOlder, boolean hasNewer) {

    public AuditPage {
        entries = List.copyOf(entries);
    }

    /** The id to continue after, or null if there is nothing older. */
    public Long olderCursor() {
        return hasOlder && !entries.isEmpty() ? entries.get(entries.size() - 1).id() : null;
    }

    /** The id to go back from, or null if there is nothing newer. */
    public Long newerCursor() {
        return hasNewer && !entries.isEmpty() ? entries.get(0).id() : null;
    }
}
