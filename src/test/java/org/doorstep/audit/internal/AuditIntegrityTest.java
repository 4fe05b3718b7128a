package org.doorstep.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.doorstep.audit.AuditEntry;
import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.doorstep.audit.VerificationResult;
import org.doorstep.audit.VerificationResult.Defect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering as someone with owner rights on the database could do it. Each attack runs in a transaction that is
 * rolled back after the verification has looked at it, so the shared test database keeps an intact chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AuditIntegrityTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DailyVerification daily;
    @Autowired
    AuditStore store;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    List<AuditEntry> mine;

    @BeforeEach
    void threeFreshEntries() {
        String marker = "integrity-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.record("test.integrity", marker + " " + i, null, java.util.Map.of("step", i));
        }
        // Oldest first; nobody else writes meanwhile, so these are the last three entries of the chain.
        mine = new java.util.ArrayList<>(
                audit.search(new AuditQuery(null, null, null, null, marker, null), null, null, 10).entries());
        java.util.Collections.reverse(mine);
        assertThat(mine).hasSize(3);
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void theDatabaseRejectsUpdateDeleteAndTruncate() {
        long id = mine.get(0).id();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone' where id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("审计记录只允许追加");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("审计记录只允许追加");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("审计记录只允许追加");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set last_id = last_id - 1").update())
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("审计链头只能向前移动");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_chain_head").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select actor from audit_entry where id = ?").param(id).query(String.class).single())
                .isEqualTo("system");
    }

    @Test
    void aChangedEntryIsReportedByItsId() {
        long id = mine.get(1).id();
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("update audit_entry set after_state = '{\"step\": 99}' where id = " + id);
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(id);
        assertThat(result.defect()).isEqualTo(Defect.HASH_MISMATCH);
        assertThat(result.problem()).contains("第 " + id + " 号记录", "被改动");
        assertThat(audit.verify().valid()).as("the attack was rolled back").isTrue();
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkOfTheNext() {
        AuditEntry victim = mine.get(1);
        AuditEntry forged = new AuditEntry(victim.id(), victim.occurredAt(), "someone-else", victim.roleCode(),
                victim.unitCode(), victim.action(), victim.subject(), victim.before(), victim.after(),
                victim.requestId(), victim.clientIp(), victim.prevHash(), null);
        String forgedHash = ChainHasher.hash(forged);
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("update audit_entry set actor = 'someone-else', hash = '" + forgedHash + "' where id = " + victim.id());
        });
        assertThat(result.firstBrokenId()).isEqualTo(mine.get(2).id());
        assertThat(result.defect()).isEqualTo(Defect.CHAIN_BROKEN);
        assertThat(result.problem()).contains("前一条记录（第 " + victim.id() + " 号）");
    }

    @Test
    void aDeletedEntryBreaksTheChainAtTheNext() {
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("delete from audit_entry where id = " + mine.get(1).id());
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(mine.get(2).id());
        assertThat(result.defect()).isEqualTo(Defect.CHAIN_BROKEN);
        assertThat(result.problem()).contains("第 " + mine.get(0).id() + " 号", "被删除");
    }

    @Test
    void entriesCutOffTheEndAreNoticedThroughTheChainHead() {
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("delete from audit_entry where id >= " + mine.get(1).id());
        });
        assertThat(result.firstBrokenId()).isEqualTo(mine.get(2).id());
        assertThat(result.defect()).isEqualTo(Defect.TAIL_MISSING);
        assertThat(result.problem()).contains("记录只到第 " + mine.get(0).id() + " 号");
    }

    @Test
    void anEntryAddedPastTheAuditModuleIsNoticed() {
        AuditEntry last = mine.get(2);
        AuditEntry extra = new AuditEntry(last.id() + 1000, last.occurredAt(), "intruder", null, null, "test.forged",
                "forged", null, null, null, null, last.hash(), null);
        AuditEntry signed = new AuditEntry(extra.id(), extra.occurredAt(), extra.actor(), null, null, extra.action(),
                extra.subject(), null, null, null, null, extra.prevHash(), ChainHasher.hash(extra));
        VerificationResult result = underAttack(sql -> store.insert(signed));
        assertThat(result.firstBrokenId()).isEqualTo(extra.id());
        assertThat(result.defect()).isEqualTo(Defect.HEAD_MISMATCH);
    }

    @Test
    void theDailyCheckLogsAnErrorForABrokenChain(CapturedOutput output) {
        long id = mine.get(0).id();
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            jdbc.sql("update audit_entry set subject = 'changed' where id = ?").param(id).update();
            assertThat(daily.run().valid()).isFalse();
            status.setRollbackOnly();
        });
        assertThat(output).containsPattern("ERROR .*Audit chain broken at entry " + id + " \\(HASH_MISMATCH\\)");
        assertThat(meters.get("doorstep.audit.chain.valid").gauge().value()).isZero();

        assertThat(daily.run().valid()).isTrue();
        assertThat(output).contains("Audit chain intact");
        assertThat(meters.get("doorstep.audit.chain.valid").gauge().value()).isEqualTo(1.0);
    }

    @Test
    void theHashFormatIsStable() {
        // Pinned, so that a change of the canonical form cannot silently orphan every stored entry. Recompute with:
        // printf '%s' "$GENESIS$CANONICAL" | sha256sum (computed outside Java)
        AuditEntry e = new AuditEntry(7, java.time.Instant.parse("2026-11-23T01:02:03.456789Z"), "officer-a",
                "WINDOW_OFFICER", "341181100000", "case.accepted", "案件 2026-001", null, "{\"state\": \"已受理\"}",
                "req-1", "203.0.113.0", ChainHasher.GENESIS, null);
        assertThat(ChainHasher.canonical(e)).isEqualTo("[\"doorstep-audit-v1\",7,\"2026-11-23T01:02:03.456789Z\","
                + "\"officer-a\",\"WINDOW_OFFICER\",\"341181100000\",\"case.accepted\",\"案件 2026-001\",null,"
                + "\"{\\\"state\\\": \\\"已受理\\\"}\",\"req-1\",\"203.0.113.0\"]");
        assertThat(ChainHasher.hash(e)).isEqualTo(EXPECTED_HASH);
    }

    static final String EXPECTED_HASH = "9bbbf3b55d14114ec0d98d34c81f931344a335852b72ea7844dbceeb42a488b9";

    /** Runs the attack and the verification in one transaction that is then rolled back. */
    private VerificationResult underAttack(Consumer<Consumer<String>> attack) {
        return tx.execute(status -> {
            attack.accept(sql -> jdbc.sql(sql).update());
            VerificationResult result = audit.verify();
            status.setRollbackOnly();
            return result;
        });
    }
}
