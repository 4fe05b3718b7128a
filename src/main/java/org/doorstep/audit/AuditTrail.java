package org.doorstep.audit;

import java.util.List;

import org.doorstep.audit.internal.AuditChainer;
import org.doorstep.audit.internal.AuditCheckpoints;
import org.doorstep.audit.internal.AuditStore;
import org.doorstep.audit.internal.ChainVerifier;
import org.doorstep.audit.internal.ChainWriter;
import org.doorstep.audit.internal.EntryFactory;
import org.doorstep.platform.DomainChange;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.Masking;
import org.springframework.stereotype.Service;

/**
 * The audit trail as the rest of the platform sees it. Every {@link DomainChange} event is recorded automatically;
 * modules call {@link #record} for actions that are not domain changes (a failed sign-in, a lockout). The actor is
 * whoever is signed in (see {@link org.doorstep.platform.StaffIdentity}); ID numbers and mobile numbers are masked
 * before anything is stored.
 */
@Service
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 200;
    static final int MAX_FILTER_CHARS = 100;

    private final EntryFactory entries;
    private final ChainWriter writer;
    private final ChainVerifier verifier;
    private final AuditStore store;
    private final AuditCheckpoints checkpoints;
    private final AuditChainer chainer;

    AuditTrail(EntryFactory entries, ChainWriter writer, ChainVerifier verifier, AuditStore store,
            AuditCheckpoints checkpoints, AuditChainer chainer) {
        this.chainer = chainer;
        this.entries = entries;
        this.writer = writer;
        this.verifier = verifier;
        this.store = store;
        this.checkpoints = checkpoints;
    }

    /** Records a domain change in the caller's transaction (or in one of its own if there is none). */
    public void record(DomainChange change) {
        record(change.action(), change.subject(), change.before(), change.after());
    }

    /**
     * Records an action in the caller's transaction: if that transaction rolls back, the entry is gone too. Without
     * a transaction the entry is written at once.
     *
     * @param action a stable code such as {@code accounts.lockout}
     * @param subject what the action concerns, e.g. a user name or a case number; may be null
     * @param before the state before, or null; serialised to JSON (dates as ISO-8601 text)
     * @param after the state after, or null
     */
    public void record(String action, String subject, Object before, Object after) {
        writer.append(entries.create(action, subject, before, after));
    }

    /**
     * Records an action in a transaction of its own, committed at once, so it survives a rollback of the caller's
     * transaction: for failures that are themselves the thing to record (a rejected sign-in).
     */
    public void recordIndependently(String action, String subject, Object before, Object after) {
        writer.appendInOwnTransaction(entries.create(action, subject, before, after));
    }

    /**
     * Links every committed entry into the chain now, rather than within the second it otherwise takes; returns
     * how many there were. The search, verification and checkpoints do this themselves.
     */
    public int chainPending() {
        return chainer.chainPending();
    }

    /**
     * Writes a signed checkpoint of the chain head now (the daily one is scheduled), after recording who asked for
     * it, so that the checkpoint covers its own request.
     */
    public AuditCheckpoint checkpoint() {
        writer.appendInOwnTransaction(entries.create("audit.checkpoint", null, null, null));
        AuditCheckpoints.Loaded written = checkpoints.write("manual");
        return new AuditCheckpoint(written.file(), written.checkpoint().sequence(), written.checkpoint().headHash(),
                written.checkpoint().createdAt());
    }

    /**
     * Walks the whole chain (streaming, a page at a time), recomputing every hash with the audit key and comparing
     * with the signed checkpoints, and reports the first defect.
     */
    public VerificationResult verify() {
        return verifier.verify();
    }

    /**
     * One page of matching entries, newest first.
     *
     * @param olderThan continue with entries older than this id (from {@link AuditPage#olderCursor()}), or null
     * @param newerThan go back to entries newer than this id (from {@link AuditPage#newerCursor()}), or null
     * @param size 1 to {@value #MAX_PAGE_SIZE}
     */
    public AuditPage search(AuditQuery query, Long olderThan, Long newerThan, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间");
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "结束时间不能早于开始时间");
        }
        AuditQuery q = new AuditQuery(query.from(), query.to(), filter("actor", query.actor()),
                filter("action", query.actionPrefix()), filter("subject", query.subjectContains()),
                filter("unit", query.unitCodePrefix()));
        // Every committed entry is shown, including those committed a moment ago and not yet linked.
        chainer.chainPending();
        List<AuditEntry> found = store.search(q, olderThan, newerThan, size);
        if (found.isEmpty()) {
            return new AuditPage(found, false, olderThan != null || newerThan != null);
        }
        return new AuditPage(found, store.existsBeyond(q, found.get(found.size() - 1).id(), true),
                store.existsBeyond(q, found.get(0).id(), false));
    }

    /** Blank means "any"; stored values are masked, so the criterion is masked the same way. */
    private static String filter(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > MAX_FILTER_CHARS) {
            throw new InvalidInputException(field, "查询条件不能超过 " + MAX_FILTER_CHARS + " 个字");
        }
        return Masking.maskAll(s);
    }
}
