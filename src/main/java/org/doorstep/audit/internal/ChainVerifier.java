package org.doorstep.audit.internal;

import java.util.List;
import java.util.Objects;

import org.doorstep.audit.AuditEntry;
import org.doorstep.audit.VerificationResult;
import org.doorstep.audit.VerificationResult.Defect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain in id order, a page at a time, and reports the first entry that fails: its link to the previous
 * hash, or its own hash recomputed from its fields. Finally the chain head must name the last entry, which catches
 * entries cut off the end. The walk runs in one read-only REPEATABLE READ transaction, so entries appended meanwhile
 * are neither half-seen nor mistaken for defects.
 */
@Component
public class ChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);

    static final int PAGE_SIZE = 1_000;

    private final AuditStore store;
    private final TransactionTemplate snapshot;

    ChainVerifier(AuditStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public VerificationResult verify() {
        VerificationResult result = snapshot.execute(status -> walk());
        if (!result.valid()) {
            log.error("Audit chain broken at entry {} ({}) after checking {} entries: {}", result.firstBrokenId(),
                    result.defect(), result.checked(), result.problem());
        }
        return result;
    }

    private VerificationResult walk() {
        AuditStore.Head head = store.readHead();
        String expectedPrev = ChainHasher.GENESIS;
        Long previousId = null;
        long checked = 0;
        Long firstBeyondHead = null;
        List<AuditEntry> page = store.chainPage(0, PAGE_SIZE);
        while (!page.isEmpty()) {
            for (AuditEntry e : page) {
                checked++;
                if (!expectedPrev.equals(e.prevHash())) {
                    return VerificationResult.broken(checked, e.id(), Defect.CHAIN_BROKEN, previousId == null
                            ? "第 " + e.id() + " 号记录没有接在链的起点上：之前的记录可能被删除"
                            : "第 " + e.id() + " 号记录与前一条记录（第 " + previousId + " 号）的链接断裂："
                                    + "两者之间的记录可能被删除，或前一条记录连同其哈希值被改写");
                }
                if (!ChainHasher.hash(e).equals(e.hash())) {
                    return VerificationResult.broken(checked, e.id(), Defect.HASH_MISMATCH,
                            "第 " + e.id() + " 号记录的内容与其哈希值不符：该记录在写入后被改动");
                }
                if (firstBeyondHead == null && (head.lastId() == null || e.id() > head.lastId())) {
                    firstBeyondHead = e.id();
                }
                expectedPrev = e.hash();
                previousId = e.id();
            }
            page = store.chainPage(previousId, PAGE_SIZE);
        }
        return checkHead(head, previousId, expectedPrev, firstBeyondHead, checked);
    }

    private static VerificationResult checkHead(AuditStore.Head head, Long lastId, String lastHash,
            Long firstBeyondHead, long checked) {
        if (firstBeyondHead != null) {
            return VerificationResult.broken(checked, firstBeyondHead, Defect.HEAD_MISMATCH,
                    "第 " + firstBeyondHead + " 号及以后的记录不在链头记载的范围内：这些记录不是由审计模块写入的");
        }
        if (head.lastId() == null) {
            return VerificationResult.intact(checked);
        }
        if (lastId == null || lastId < head.lastId()) {
            return VerificationResult.broken(checked, head.lastId(), Defect.TAIL_MISSING,
                    "链头记载的最后一条记录是第 " + head.lastId() + " 号，但"
                            + (lastId == null ? "审计表中没有任何记录" : "记录只到第 " + lastId + " 号")
                            + "：末尾的记录被删除");
        }
        if (!Objects.equals(lastHash, head.lastHash())) {
            return VerificationResult.broken(checked, lastId, Defect.HEAD_MISMATCH,
                    "第 " + lastId + " 号记录的哈希值与链头记载的不一致：最后一条记录连同其哈希值被改写");
        }
        return VerificationResult.intact(checked);
    }
}
