package org.doorstep.search.internal;

import java.time.Instant;

/**
 * What the index maintenance is doing, for the console's progress page.
 *
 * @param running true while a check or rebuild is working
 * @param done    documents written so far
 * @param total   documents to write
 */
public record IndexStatus(boolean running, String phase, long done, long total, Instant startedAt,
        Instant finishedAt, String error) {

    static IndexStatus idle() {
        return new IndexStatus(false, "尚未检查", 0, 0, null, null, null);
    }

    /** True while entries are being written (a rebuild or repair): results may be incomplete meanwhile. */
    public boolean writing() {
        return running && !DocumentIndexer.CHECKING.equals(phase);
    }

    public int percent() {
        return total == 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}
