package org.doorstep.search.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.doorstep.disclosure.DocumentPublished;
import org.doorstep.disclosure.DocumentRevised;
import org.doorstep.disclosure.DocumentWithdrawn;
import org.doorstep.platform.ConflictException;
import org.doorstep.services.ServiceItemSaved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index equal to what is public in the database: published documents and service guides. It follows the
 * publish, revise, withdraw and guide-saved events (kept in the event publication registry, so a crash loses none);
 * once the application is ready it compares the index with the database in the background — every key with its stamp
 * — and repairs what differs, while the old index keeps answering; an administrator can rebuild it from the console.
 * <p>
 * Every event re-reads the current state under one lock, so events and repairs may interleave in any order and the
 * index still ends equal to the database. Bulk writes analyse in parallel without the lock and are followed by a
 * locked repair pass that corrects anything an event changed meanwhile.
 */
@Component
public class DocumentIndexer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DocumentIndexer.class);
    static final int BATCH = 500;
    static final int COMMIT_EVERY = 20_000;
    /** Writers of a bulk rebuild: each reads a batch from the database and analyses it. */
    static final String CHECKING = "检查索引";
    static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final List<IndexSource> sources;
    private final LuceneSearchIndex index;
    private final Clock clock;
    private volatile IndexStatus status = IndexStatus.idle();
    private volatile boolean running;
    /** Set when the application stops: no new work starts, running work ends after its batch. */
    private volatile boolean stopping;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile ExecutorService background = maintenanceThread();
    /** Whether the application was stopped before: a restarted context checks what it missed meanwhile. */
    private volatile boolean stoppedBefore;

    DocumentIndexer(DocumentSource documents, GuideSource guides, LuceneSearchIndex index, Clock clock) {
        this.sources = List.of(documents, guides);
        this.index = index;
        this.clock = clock;
    }

    // ================================================================ events

    @ApplicationModuleListener
    void on(DocumentPublished event) {
        follow(IndexEntry.documentKey(event.document().id()));
    }

    @ApplicationModuleListener
    void on(DocumentRevised event) {
        follow(IndexEntry.documentKey(event.document().id()));
    }

    @ApplicationModuleListener
    void on(DocumentWithdrawn event) {
        follow(IndexEntry.documentKey(event.document().id()));
    }

    @ApplicationModuleListener
    void on(ServiceItemSaved event) {
        follow(IndexEntry.guideKey(event.code()));
    }

    /**
     * Makes the index hold the current public state of one key (or nothing, when it is not public). While the
     * application stops, an event is left to the next start-up check rather than written into a closing index.
     */
    void follow(String key) {
        if (!enter()) {
            log.debug("Application stopping: {} is left to the next start-up check", key);
            return;
        }
        try {
            synchronized (index.writeLock()) {
                List<IndexEntry> now = source(key).load(List.of(key));
                if (now.isEmpty()) {
                    index.remove(List.of(key));
                } else {
                    index.put(now);
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private boolean enter() {
        inFlight.incrementAndGet();
        if (stopping) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    private IndexSource source(String key) {
        return sources.stream().filter(s -> s.owns(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source for " + key));
    }

    // ================================================================ check, repair, rebuild

    /** The differences between the database and the index, by key. */
    public record Difference(List<String> stale, List<String> extra, long inDatabase, long inIndex) {

        public boolean none() {
            return stale.isEmpty() && extra.isEmpty();
        }

        int size() {
            return stale.size() + extra.size();
        }
    }

    public Difference compare() {
        Map<String, Long> database = new HashMap<>();
        sources.forEach(s -> database.putAll(s.stamps()));
        Map<String, Long> indexed = index.keyStamps();
        List<String> stale = new ArrayList<>();
        database.forEach((key, stamp) -> {
            if (!stamp.equals(indexed.get(key))) {
                stale.add(key);
            }
        });
        List<String> extra = indexed.keySet().stream().filter(k -> !database.containsKey(k)).toList();
        stale.sort(null);
        return new Difference(stale, extra, database.size(), indexed.size());
    }

    /** Checks the index against the database and repairs it; returns how many entries were written or removed. */
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

    /** Empties the index and fills it from the database; returns the number of entries indexed. */
    public long rebuild() {
        synchronized (index.writeLock()) {
            index.clear();
        }
        Difference diff = compare();
        write(diff, "重建索引");
        return diff.stale().size();
    }

    private void write(Difference diff, String phase) {
        Instant started = clock.instant();
        long total = diff.size();
        AtomicLong done = new AtomicLong();
        status = new IndexStatus(true, phase, 0, total, started, null, null);
        try {
            synchronized (index.writeLock()) {
                index.write(List.of(), diff.extra());
                index.publish();
            }
            done.addAndGet(diff.extra().size());
            List<String> stale = diff.stale();
            if (stale.size() > BATCH) {
                bulk(stale, phase, started, total, done);
                // events during the unlocked bulk may have been overwritten by older reads: fix those under the lock
                Difference after = compare();
                synchronized (index.writeLock()) {
                    index.write(List.of(), after.extra());
                }
                locked(after.stale(), null);
                if (!stopping) {
                    // a bulk write leaves a segment per buffer-full; one segment searches about twice as fast
                    long merging = System.nanoTime();
                    index.merge();
                    log.info("{}: merged into one segment in {} ms", phase, (System.nanoTime() - merging) / 1_000_000);
                }
            } else {
                locked(stale, done);
            }
            status = new IndexStatus(false, phase + "完成", done.get(), total, started, clock.instant(), null);
            log.info("{}: {} entries in {} ms", phase, done.get(), Duration.between(started, clock.instant()).toMillis());
        } catch (RuntimeException e) {
            status = new IndexStatus(false, phase + "失败", done.get(), total, started, clock.instant(),
                    e.getMessage());
            throw e;
        }
    }

    /** Writes keys batch by batch, each read and written under the lock (small repairs and the final pass). */
    private void locked(List<String> keys, AtomicLong done) {
        for (int from = 0; from < keys.size() && !stopping; from += BATCH) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            synchronized (index.writeLock()) {
                writeBatch(batch);
            }
            if (done != null) {
                done.addAndGet(batch.size());
            }
        }
        synchronized (index.writeLock()) {
            index.publish();
        }
    }

    /** Reads and writes one batch: its entries, and the removal of keys that are no longer public. */
    private void writeBatch(List<String> keys) {
        Map<IndexSource, List<String>> bySource = new HashMap<>();
        keys.forEach(k -> bySource.computeIfAbsent(source(k), s -> new ArrayList<>()).add(k));
        bySource.forEach((source, ks) -> {
            List<IndexEntry> entries = source.load(ks);
            Set<String> gone = new HashSet<>(ks);
            entries.forEach(e -> gone.remove(e.key()));
            index.write(entries, gone);
        });
    }

    /**
     * Writes many keys with {@link #WORKERS} threads, each reading a batch from the database and analysing it (the
     * analysis dominates, and Lucene's writer takes documents from several threads at once). Commits now and then so
     * that searches see the index fill.
     */
    private void bulk(List<String> keys, String phase, Instant started, long total, AtomicLong done) {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "search-index-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            long sinceCommit = 0;
            for (int from = 0; from < keys.size() && !stopping; from += BATCH) {
                List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
                pending.add(pool.submit(() -> {
                    writeBatch(batch);
                    long d = done.addAndGet(batch.size());
                    status = new IndexStatus(true, phase, d, total, started, null, null);
                }));
                sinceCommit += batch.size();
                // a bounded backlog: at most two batches per worker wait, so memory stays flat for a million
                if (pending.size() >= WORKERS * 2) {
                    await(pending.remove(0));
                }
                if (sinceCommit >= COMMIT_EVERY) {
                    index.publish();
                    sinceCommit = 0;
                }
            }
            for (Future<?> f : pending) {
                await(f);
            }
            index.publish();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
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
        inBackground(this::rebuild, "rebuild");
    }

    /** Maintenance is rare and runs one task at a time on the indexer's own thread. */
    private void inBackground(Runnable work, String name) {
        background.execute(() -> {
            if (!enter()) {
                return;
            }
            try {
                work.run();
            } catch (RuntimeException e) {
                if (stopping) {
                    log.info("Search index {} ended by shutdown ({}); the next start-up check completes it", name,
                            e.toString());
                } else {
                    log.error("Search index {} failed", name, e);
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    public IndexStatus status() {
        return status;
    }

    // ================================================================ start-up check

    /**
     * The start-up check runs once the application is ready, in the background: the index from the last run answers
     * meanwhile, and a restart is not lengthened by reading every stamp of a large database.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        synchronized (this) {
            if (!status.running()) {
                status = new IndexStatus(true, CHECKING, 0, 0, clock.instant(), null, null);
            }
        }
        inBackground(this::repair, "check");
    }

    /** The start-up check, run in the caller's thread (for tests and tools that need it finished). */
    public int checkNow() {
        return repair();
    }

    @Override
    public int getPhase() {
        // stopped before the data source closes, after the web server stops taking requests
        return 10;
    }

    private static ExecutorService maintenanceThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search-index-maintenance");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts, or restarts after a stop (a paused context, e.g. in the test context cache, is stopped and started
     * again): events skipped while stopped are caught by a check in the background.
     */
    @Override
    public void start() {
        if (background.isShutdown()) {
            background = maintenanceThread();
        }
        stopping = false;
        running = true;
        if (stoppedBefore) {
            inBackground(this::repair, "check");
        }
    }

    /** Lets running work end (it stops after its batch) and waits for it, so nothing writes into a closing index. */
    @Override
    public void stop() {
        stopping = true;
        stoppedBefore = true;
        background.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
