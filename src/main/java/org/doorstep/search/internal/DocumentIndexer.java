package org.doorstep.search.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentPublished;
import org.doorstep.disclosure.DocumentRevised;
import org.doorstep.disclosure.DocumentWithdrawn;
import org.doorstep.disclosure.PublishedDocument;
import org.doorstep.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index equal to the database's public documents. It follows publish, revise and withdraw events (kept in
 * the event publication registry, so a crash loses none); on start it compares the index with the database — every
 * id with its version and 效力状态 — and repairs what differs; an administrator can rebuild it from the console.
 * <p>
 * Every write re-reads the document's current state under one lock, so events and repairs may interleave in any order
 * and the index still ends equal to the database.
 */
@Component
public class DocumentIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DocumentIndexer.class);
    static final int BATCH = 500;
    static final int COMMIT_EVERY = 20_000;
    /** A start-up repair of at most this many documents finishes before the server accepts requests. */
    static final int REPAIR_IN_FOREGROUND = 5_000;

    private final Disclosure disclosure;
    private final LuceneSearchIndex index;
    private final Clock clock;
    private volatile IndexStatus status = IndexStatus.idle();
    private volatile boolean running;

    DocumentIndexer(Disclosure disclosure, LuceneSearchIndex index, Clock clock) {
        this.disclosure = disclosure;
        this.index = index;
        this.clock = clock;
    }

    // ================================================================ events

    @ApplicationModuleListener
    void on(DocumentPublished event) {
        follow(event.document().id());
    }

    @ApplicationModuleListener
    void on(DocumentRevised event) {
        follow(event.document().id());
    }

    @ApplicationModuleListener
    void on(DocumentWithdrawn event) {
        follow(event.document().id());
    }

    /** Makes the index hold the document's current public state (or nothing, when it is not public). */
    void follow(long id) {
        synchronized (index.writeLock()) {
            disclosure.published(id).ifPresentOrElse(d -> index.put(List.of(d)), () -> index.remove(List.of(id)));
        }
    }

    // ================================================================ check, repair, rebuild

    /** The differences between the database and the index. */
    public record Difference(List<Long> stale, List<Long> extra, long inDatabase, long inIndex) {

        public boolean none() {
            return stale.isEmpty() && extra.isEmpty();
        }

        int size() {
            return stale.size() + extra.size();
        }
    }

    public Difference compare() {
        Map<Long, Long> database = disclosure.publishedStamps();
        Map<Long, Long> indexed = index.stamps();
        List<Long> stale = new ArrayList<>();
        database.forEach((id, stamp) -> {
            if (!stamp.equals(indexed.get(id))) {
                stale.add(id);
            }
        });
        List<Long> extra = indexed.keySet().stream().filter(id -> !database.containsKey(id)).toList();
        stale.sort(null);
        return new Difference(stale, extra, database.size(), indexed.size());
    }

    /** Checks the index against the database and repairs it; returns how many documents were written or removed. */
    public int repair() {
        Difference diff = compare();
        if (diff.none()) {
            status = new IndexStatus(false, "索引与数据库一致", 0, 0, clock.instant(), clock.instant(), null);
            return 0;
        }
        log.info("Search index differs from the database: {} to write, {} to remove (database {}, index {})",
                diff.stale().size(), diff.extra().size(), diff.inDatabase(), diff.inIndex());
        write(diff, "修复索引");
        return diff.size();
    }

    /** Empties the index and fills it from the database; returns the number of documents indexed. */
    public long rebuild() {
        synchronized (index.writeLock()) {
            index.clear();
        }
        Difference diff = compare();
        write(diff, "重建索引");
        return diff.stale().size();
    }

    private void write(Difference diff, String phase) {
        var started = clock.instant();
        long total = diff.size();
        status = new IndexStatus(true, phase, 0, total, started, null, null);
        try {
            synchronized (index.writeLock()) {
                index.write(List.of(), diff.extra());
                index.publish();
            }
            long done = diff.extra().size();
            long sinceCommit = 0;
            List<Long> stale = diff.stale();
            for (int from = 0; from < stale.size(); from += BATCH) {
                List<Long> ids = stale.subList(from, Math.min(stale.size(), from + BATCH));
                synchronized (index.writeLock()) {
                    List<PublishedDocument> docs = disclosure.published(ids);
                    Set<Long> gone = new HashSet<>(ids);
                    docs.forEach(d -> gone.remove(d.id()));
                    index.write(docs, gone);
                    sinceCommit += ids.size();
                    if (sinceCommit >= COMMIT_EVERY) {
                        index.publish();
                        sinceCommit = 0;
                    }
                }
                done += ids.size();
                status = new IndexStatus(true, phase, done, total, started, null, null);
            }
            synchronized (index.writeLock()) {
                index.publish();
            }
            status = new IndexStatus(false, phase + "完成", done, total, started, clock.instant(), null);
            log.info("{}: {} documents in {} ms", phase, done,
                    java.time.Duration.between(started, clock.instant()).toMillis());
        } catch (RuntimeException e) {
            status = new IndexStatus(false, phase + "失败", status.done(), total, started, clock.instant(),
                    e.getMessage());
            throw e;
        }
    }

    /** Starts a rebuild in the background; the console polls {@link #status()}. */
    public void startRebuild() {
        synchronized (this) {
            if (status.running()) {
                throw new ConflictException("索引正在重建或修复，请等待完成");
            }
            status = new IndexStatus(true, "重建索引", 0, 0, clock.instant(), null, null);
        }
        background(this::rebuild, "rebuild");
    }

    /** Rebuilds and large repairs are rare: each gets its own daemon thread. */
    private static void background(Runnable work, String name) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Search index {} failed", name, e);
            }
        }, "search-index-" + name);
        t.setDaemon(true);
        t.start();
    }

    public IndexStatus status() {
        return status;
    }

    // ================================================================ start-up check

    @Override
    public int getPhase() {
        // after the demo data (phase 0), before the web server accepts requests
        return 10;
    }

    @Override
    public void start() {
        running = true;
        Difference diff = compare();
        if (diff.none()) {
            status = new IndexStatus(false, "索引与数据库一致", 0, 0, clock.instant(), clock.instant(), null);
        } else if (diff.size() <= REPAIR_IN_FOREGROUND) {
            repair();
        } else {
            status = new IndexStatus(true, "修复索引", 0, diff.size(), clock.instant(), null, null);
            background(this::repair, "repair");
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
