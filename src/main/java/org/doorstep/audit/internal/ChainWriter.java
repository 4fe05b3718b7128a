package org.doorstep.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.doorstep.audit.AuditEntry;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends entries to the chain inside the transaction that made the change.
 *
 * <p>Entries are collected while the transaction runs and chained just before it commits: the chain head is locked
 * ({@code SELECT ... FOR UPDATE}), each entry takes the next id and links to the previous hash, and the head moves
 * on. Each hash is HMAC-SHA256 under the audit key (chain version 2, see {@link ChainHasher}); once committed, the
 * entries go to syslog if one is configured. Every writer in the platform queues on that one row, so the lock is
 * taken as late as possible and held only for the commit itself; a transaction that rolls back never touches the
 * chain. Outside a transaction an entry is written in a transaction of its own.
 */
@Component
public class ChainWriter {

    private final AuditStore store;
    private final AuditKey key;
    private final SyslogShipper shipper;
    private final TransactionTemplate ownTransaction;

    ChainWriter(AuditStore store, AuditKey key, SyslogShipper shipper, PlatformTransactionManager transactions) {
        this.store = store;
        this.key = key;
        this.shipper = shipper;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Adds the entry to the current transaction, or writes it in a new one if there is none to join. */
    public void append(PendingEntry entry) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            appendInOwnTransaction(entry);
            return;
        }
        Batch batch = currentBatch();
        switch (batch.phase) {
            case COLLECTING -> batch.entries.add(entry);
            // Published by another before-commit callback after ours ran: the head is ours already, write now.
            case CHAINED -> batch.written.addAll(chain(List.of(entry)));
            // Published after the commit (or the rollback): that transaction can no longer take it.
            case COMPLETED -> appendInOwnTransaction(entry);
        }
    }

    /** Writes the entry in a transaction of its own, whatever happens to the caller's transaction afterwards. */
    public void appendInOwnTransaction(PendingEntry entry) {
        Batch current = existingBatch();
        if (current != null && current.phase == Phase.CHAINED) {
            // This thread holds the chain head and is committing: a second transaction would wait for it forever.
            current.written.addAll(chain(List.of(entry)));
            return;
        }
        ownTransaction.executeWithoutResult(status -> append(entry));
    }

    private Batch existingBatch() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Batch b && b.writer() == this) {
                return b;
            }
        }
        return null;
    }

    private Batch currentBatch() {
        Batch existing = existingBatch();
        if (existing != null) {
            return existing;
        }
        Batch batch = new Batch();
        TransactionSynchronizationManager.registerSynchronization(batch);
        TransactionSynchronizationManager.registerSynchronization(batch.completion);
        return batch;
    }

    /** Links the entries to the head, keyed with the audit key, and returns them as stored. */
    private List<AuditEntry> chain(List<PendingEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<AuditEntry> written = new ArrayList<>(entries.size());
        AuditStore.Head head = store.lockHead();
        String prevHash = head.lastHash() == null ? ChainHasher.GENESIS : head.lastHash();
        long lastId = 0;
        for (PendingEntry p : entries) {
            AuditStore.Reservation r = store.reserve(p.beforeJson(), p.afterJson());
            Origin o = p.origin();
            AuditEntry unsigned = new AuditEntry(r.id(), p.occurredAt(), o.actor(), o.roleCode(), o.unitCode(),
                    p.action(), p.subject(), r.before(), r.after(), o.requestId(), o.clientIp(), prevHash, null,
                    AuditEntry.KEYED);
            AuditEntry signed = unsigned.withHash(ChainHasher.keyedHash(unsigned, key), AuditEntry.KEYED);
            store.insert(signed);
            written.add(signed);
            prevHash = signed.hash();
            lastId = r.id();
        }
        store.moveHead(lastId, prevHash);
        return written;
    }

    private enum Phase { COLLECTING, CHAINED, COMPLETED }

    /** The entries of one transaction; chained by the last before-commit callback to run. */
    private final class Batch implements TransactionSynchronization {
        final List<PendingEntry> entries = new ArrayList<>();
        /** What this transaction added to the chain, shipped to syslog once it is committed. */
        final List<AuditEntry> written = new ArrayList<>();
        Phase phase = Phase.COLLECTING;

        /** Runs first after completion, so that callbacks publishing changes after the commit are noticed. */
        final TransactionSynchronization completion = new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                phase = Phase.COMPLETED;
                shipper.ship(written);
            }

            @Override
            public void afterCompletion(int status) {
                phase = Phase.COMPLETED;
            }
        };

        ChainWriter writer() {
            return ChainWriter.this;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written.addAll(chain(entries));
            entries.clear();
            phase = Phase.CHAINED;
        }
    }
}
