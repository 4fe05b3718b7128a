package org.doorstep.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.doorstep.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links staged entries into the chain, oldest first, in batches: one transaction locks the chain head, gives each
 * staged entry the next id, links it to the previous hash with the keyed hash (chain version 2, see
 * {@link ChainHasher}), inserts them, removes them from the staging table and moves the head on.
 *
 * <p>Why not in the transaction that made the change: the head is one row, and a writer holding its lock until its
 * commit made every writing transaction of the platform pass one at a time (the intake benchmark measured 6 of 10
 * pool connections waiting for it). Staging keeps "the entry commits with the change or not at all"; only the link
 * is made later, within a second: a thread of this node is woken after every commit that staged an entry, and polls
 * every second for entries staged by other nodes or left by a crash. Readers of the chain (the audit search,
 * verification, checkpoints) chain what is staged first, so they always see every committed entry. The head's lock
 * still serialises chainers, on one node or several, and the unique {@code prev_hash} still refuses a fork.
 */
@Component
public class AuditChainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);

    static final int BATCH = 500;
    /** For entries another node staged or a crash left behind; this node's own commits wake the chainer at once. */
    static final Duration POLL = Duration.ofSeconds(1);

    private final AuditStore store;
    private final AuditKey key;
    private final SyslogShipper shipper;
    private final TransactionTemplate ownTransaction;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    public AuditChainer(AuditStore store, AuditKey key, SyslogShipper shipper, PlatformTransactionManager transactions) {
        this.store = store;
        this.key = key;
        this.shipper = shipper;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Asks the background thread to chain what has been staged; returns at once. */
    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /**
     * Chains everything staged so far, in transactions of its own, and returns how many entries it linked. Inside a
     * caller's transaction it does nothing: that transaction may hold locks the chainer needs (a verification inside
     * a transaction that altered the table), and it could not see the chained entries' commit anyway.
     */
    public int chainPending() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return 0;
        }
        int total = 0;
        for (List<AuditEntry> written = chainBatch(); !written.isEmpty(); written = chainBatch()) {
            total += written.size();
        }
        return total;
    }

    private List<AuditEntry> chainBatch() {
        List<AuditEntry> written = ownTransaction.execute(status -> link());
        // Shipped once committed, like the change it records.
        shipper.ship(written);
        return written;
    }

    private List<AuditEntry> link() {
        if (!store.anyStaged()) {
            return List.of();
        }
        AuditStore.Head head = store.lockHead();
        // Read after the lock: another chainer may just have taken what was staged.
        List<AuditEntry> staged = store.staged(BATCH);
        if (staged.isEmpty()) {
            return List.of();
        }
        List<Long> ids = store.nextIds(staged.size());
        List<AuditEntry> chained = new ArrayList<>(staged.size());
        List<Long> stagingIds = new ArrayList<>(staged.size());
        String prevHash = head.lastHash() == null ? ChainHasher.GENESIS : head.lastHash();
        for (int i = 0; i < staged.size(); i++) {
            AuditEntry s = staged.get(i);
            AuditEntry unsigned = new AuditEntry(ids.get(i), s.occurredAt(), s.actor(), s.roleCode(), s.unitCode(),
                    s.action(), s.subject(), s.before(), s.after(), s.requestId(), s.clientIp(), prevHash, null,
                    AuditEntry.KEYED);
            AuditEntry signed = unsigned.withHash(ChainHasher.keyedHash(unsigned, key), AuditEntry.KEYED);
            chained.add(signed);
            stagingIds.add(s.id());
            prevHash = signed.hash();
        }
        store.insertAll(chained);
        store.unstage(stagingIds);
        store.moveHead(ids.get(ids.size() - 1), prevHash);
        return chained;
    }

    private void loop() {
        while (running) {
            try {
                signal.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
                chainPending();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The entries stay staged; the next round takes them again.
                log.warn("Audit entries could not be chained yet, trying again: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "audit-chainer");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            worker.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // What requests staged while the thread wound down; anything later waits for the next start.
        try {
            chainPending();
        } catch (RuntimeException e) {
            log.warn("Audit entries left staged at shutdown are chained at the next start: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the web server and stops after it, so that every request's entries are chained at shutdown. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
