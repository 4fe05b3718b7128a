package org.doorstep.audit.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * hash, its own hash recomputed from its fields (with the audit key for keyed entries), an unkeyed entry where only
 * keyed ones may be, or a signed checkpoint that names it with another hash or names an entry that is gone. Finally
 * the chain head must name the last entry, and every checkpoint must lie within the chain, which catches entries cut
 * off the end. The walk runs in one read-only REPEATABLE READ transaction, so entries appended meanwhile are neither
 * half-seen nor mistaken for defects.
 *
 * <p>Whoever can write the table but lacks the key cannot make rewritten entries verify: keyed hashes fail, and
 * relabelling them as unkeyed (version 1) fails because no unkeyed entry may follow a keyed one or the last unkeyed
 * entry a checkpoint recorded. Whoever holds the key is still caught by the checkpoints written before the rewrite.
 */
@Component
public class ChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    static final int PAGE_SIZE = 1_000;

    private final AuditStore store;
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;
    private final TransactionTemplate snapshot;
    private final AuditChainer chainer;

    ChainVerifier(AuditStore store, AuditKey key, AuditCheckpoints checkpoints,
            PlatformTransactionManager transactions, AuditChainer chainer) {
        this.store = store;
        this.chainer = chainer;
        this.key = key;
        this.checkpoints = checkpoints;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public VerificationResult verify() {
        // Entries committed but not yet linked are verified too.
        chainer.chainPending();
        List<AuditCheckpoints.Loaded> loaded = checkpoints.load();
        VerificationResult result = loaded.stream().filter(l -> l.problem() != null).findFirst()
                .map(bad -> VerificationResult.broken(0, null, Defect.CHECKPOINT_INVALID, bad.problem())
                        .at(0, bad.file()))
                .orElseGet(() -> snapshot.execute(status -> new Walk(loaded).run()));
        if (!result.valid()) {
            log.error("Audit chain broken at entry {} ({}) after checking {} entries{}: {}", result.firstBrokenId(),
                    result.defect(), result.checked(),
                    result.checkpointFile() == null ? "" : " against checkpoint " + result.checkpointFile(),
                    result.problem());
        }
        return result;
    }

    /** One walk over the chain, with the checkpoints still to meet. */
    private final class Walk {
        final List<AuditCheckpoints.Loaded> pending;
        /** Unkeyed entries are allowed up to here: the fewest any checkpoint saw (none if it saw none). */
        final long plainLimit;
        int next;
        long checked;

        Walk(List<AuditCheckpoints.Loaded> loaded) {
            this.pending = loaded;
            this.plainLimit = loaded.stream()
                    .mapToLong(l -> l.checkpoint().lastPlainId() == null ? 0 : l.checkpoint().lastPlainId())
                    .min().orElse(Long.MAX_VALUE);
        }

        VerificationResult run() {
            AuditStore.Head head = store.readHead();
            String expectedPrev = ChainHasher.GENESIS;
            Long previousId = null;
            Long firstBeyondHead = null;
            boolean keyedSeen = false;
            List<AuditEntry> page = store.chainPage(0, PAGE_SIZE);
            while (!page.isEmpty()) {
                for (AuditEntry e : page) {
                    checked++;
                    if (!expectedPrev.equals(e.prevHash())) {
                        return broken(e.id(), Defect.CHAIN_BROKEN, previousId == null
                                ? "第 " + e.id() + " 号记录没有接在链的起点上：之前的记录可能被删除"
                                : "第 " + e.id() + " 号记录与前一条记录（第 " + previousId + " 号）的链接断裂："
                                        + "两者之间的记录可能被删除，或前一条记录连同其哈希值被改写", null);
                    }
                    if (e.chainVersion() == AuditEntry.PLAIN && (keyedSeen || e.id() > plainLimit)) {
                        return broken(e.id(), Defect.UNKEYED_ENTRY, "第 " + e.id() + " 号记录自称是启用审计密钥之前的旧格式记录，"
                                + "但此处只能有用审计密钥签名的记录：该记录可能被不持有密钥的人重新计算过", null);
                    }
                    if (!Objects.equals(ChainHasher.expected(e, key), e.hash())) {
                        return broken(e.id(), Defect.HASH_MISMATCH, "第 " + e.id() + " 号记录的内容与其哈希值不符："
                                + "该记录在写入后被改动，或其哈希值由不持有审计密钥的人重新计算", null);
                    }
                    keyedSeen |= e.chainVersion() == AuditEntry.KEYED;
                    VerificationResult checkpoint = meetCheckpoints(e);
                    if (checkpoint != null) {
                        return checkpoint;
                    }
                    if (firstBeyondHead == null && (head.lastId() == null || e.id() > head.lastId())) {
                        firstBeyondHead = e.id();
                    }
                    expectedPrev = e.hash();
                    previousId = e.id();
                }
                page = store.chainPage(previousId, PAGE_SIZE);
            }
            VerificationResult headResult = checkHead(head, previousId, expectedPrev, firstBeyondHead);
            if (headResult != null) {
                return headResult;
            }
            for (; next < pending.size(); next++) {
                AuditCheckpoints.Checkpoint c = pending.get(next).checkpoint();
                if (c.sequence() > 0) {
                    return broken(c.sequence(), Defect.CHECKPOINT_MISMATCH, describe(pending.get(next))
                            + "记载链头为第 " + c.sequence() + " 号记录，但"
                            + (previousId == null ? "审计表中没有任何记录" : "审计日志只到第 " + previousId + " 号")
                            + "：检查点之后记录被截断或整条链被改写", pending.get(next).file());
                }
            }
            return VerificationResult.intact(checked, pending.size());
        }

        /** Checkpoints of entries before {@code e} that were never met name entries that are gone. */
        private VerificationResult meetCheckpoints(AuditEntry e) {
            while (next < pending.size() && pending.get(next).checkpoint().sequence() <= e.id()) {
                AuditCheckpoints.Loaded l = pending.get(next);
                AuditCheckpoints.Checkpoint c = l.checkpoint();
                if (c.sequence() > 0 && c.sequence() < e.id()) {
                    return broken(e.id(), Defect.CHECKPOINT_MISMATCH, describe(l) + "记载的第 " + c.sequence()
                            + " 号记录已不存在：记录被删除或整条链被改写", l.file());
                }
                if (c.sequence() == e.id() && !c.headHash().equals(e.hash())) {
                    return broken(e.id(), Defect.CHECKPOINT_MISMATCH, "第 " + e.id() + " 号记录的哈希值与" + describe(l)
                            + "记载的不一致：该记录或它之前的记录在检查点之后被改写", l.file());
                }
                next++;
            }
            return null;
        }

        private VerificationResult checkHead(AuditStore.Head head, Long lastId, String lastHash, Long firstBeyondHead) {
            if (firstBeyondHead != null) {
                return broken(firstBeyondHead, Defect.HEAD_MISMATCH, "第 " + firstBeyondHead
                        + " 号及以后的记录不在链头记载的范围内：这些记录不是由审计模块写入的", null);
            }
            if (head.lastId() == null) {
                return null;
            }
            if (lastId == null || lastId < head.lastId()) {
                return broken(head.lastId(), Defect.TAIL_MISSING, "链头记载的最后一条记录是第 " + head.lastId() + " 号，但"
                        + (lastId == null ? "审计表中没有任何记录" : "记录只到第 " + lastId + " 号") + "：末尾的记录被删除", null);
            }
            if (!Objects.equals(lastHash, head.lastHash())) {
                return broken(lastId, Defect.HEAD_MISMATCH,
                        "第 " + lastId + " 号记录的哈希值与链头记载的不一致：最后一条记录连同其哈希值被改写", null);
            }
            return null;
        }

        private VerificationResult broken(long id, Defect defect, String problem, String file) {
            return VerificationResult.broken(checked, id, defect, problem).at(next, file);
        }
    }

    private static String describe(AuditCheckpoints.Loaded l) {
        return "检查点（文件 " + l.file() + "，" + TIME.format(l.checkpoint().createdAt()) + " 写入）";
    }
}
