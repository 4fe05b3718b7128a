package org.doorstep.audit.internal;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes entries in the transaction that made the change: the entry commits with the change or not at all. It is
 * staged ({@code audit_pending}) and linked into the chain by the {@link AuditChainer} right after the commit, so
 * that writers never wait for each other on the chain head. Outside a transaction, in a read-only one, or after the
 * caller's transaction has completed (a callback publishing after the commit), an entry is written in a transaction
 * of its own.
 */
@Component
public class ChainWriter {

    private final AuditStore store;
    private final AuditChainer chainer;
    private final TransactionTemplate ownTransaction;

    public ChainWriter(AuditStore store, AuditChainer chainer, PlatformTransactionManager transactions) {
        this.store = store;
        this.chainer = chainer;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Adds the entry to the current transaction, or writes it in a new one if there is none to join. */
    public void append(PendingEntry entry) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || tracker().completed) {
            appendInOwnTransaction(entry);
            return;
        }
        store.stage(entry);
    }

    /** Writes the entry in a transaction of its own, whatever happens to the caller's transaction afterwards. */
    public void appendInOwnTransaction(PendingEntry entry) {
        ownTransaction.executeWithoutResult(status -> store.stage(entry));
        chainer.wake();
    }

    private Tracker tracker() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Tracker t && t.writer() == this) {
                return t;
            }
        }
        Tracker tracker = new Tracker();
        TransactionSynchronizationManager.registerSynchronization(tracker);
        return tracker;
    }

    /** Knows when the transaction that staged entries is over, and wakes the chainer once it has committed. */
    private final class Tracker implements TransactionSynchronization {
        boolean completed;

        ChainWriter writer() {
            return ChainWriter.this;
        }

        /** First after the commit, so that callbacks publishing changes after it are noticed. */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            completed = true;
            chainer.wake();
        }

        @Override
        public void afterCompletion(int status) {
            completed = true;
        }
    }
}
