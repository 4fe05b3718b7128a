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
 * Tampering as someone with owner (or superuser) rights on the database could do it, without the audit key and with
 * it. Each attack runs in a transaction that is
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
    @Autowired
    AuditKey key;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    AuditChainer chainer;
    @Autowired
    CheckpointSchedule schedule;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

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
    void anEntryRewrittenWithAPlainSha256IsReportedByItsId() {
        AuditEntry victim = mine.get(1);
        AuditEntry forged = rewritten(victim, "someone-else");
        String plain = ChainHasher.hash(forged);
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("update audit_entry set actor = 'someone-else', hash = '" + plain + "' where id = " + victim.id());
        });
        assertThat(result.firstBrokenId()).isEqualTo(victim.id());
        assertThat(result.defect()).isEqualTo(Defect.HASH_MISMATCH);
        assertThat(result.problem()).contains("第 " + victim.id() + " 号记录", "不持有审计密钥");
    }

    @Test
    void anEntryRelabelledAsUnkeyedIsRefused() {
        // The attacker without the key claims the old unkeyed format and recomputes the rest of the chain with it.
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("alter table audit_entry drop constraint audit_entry_no_fork");
            String prev = mine.get(0).hash();
            for (int i = 1; i < 3; i++) {
                AuditEntry e = mine.get(i);
                AuditEntry relinked = new AuditEntry(e.id(), e.occurredAt(), i == 1 ? "someone-else" : e.actor(),
                        e.roleCode(), e.unitCode(), e.action(), e.subject(), e.before(), e.after(), e.requestId(),
                        e.clientIp(), prev, null, AuditEntry.PLAIN);
                String plain = ChainHasher.hash(relinked);
                sql.accept("update audit_entry set actor = '" + relinked.actor() + "', prev_hash = '" + prev
                        + "', hash = '" + plain + "', chain_version = 1 where id = " + e.id());
                prev = plain;
            }
            sql.accept("alter table audit_chain_head disable trigger audit_chain_head_forward");
            sql.accept("update audit_chain_head set last_hash = '" + prev + "'");
        });
        assertThat(result.firstBrokenId()).isEqualTo(mine.get(1).id());
        assertThat(result.defect()).isEqualTo(Defect.UNKEYED_ENTRY);
        assertThat(result.problem()).contains("第 " + mine.get(1).id() + " 号记录", "旧格式");
    }

    @Test
    void theWholeChainRecomputedWithPlainSha256FailsAgainstTheStartupCheckpoint() {
        // The attack of the finding: every entry and the head recomputed as plain SHA-256 from the genesis value on.
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("alter table audit_entry drop constraint audit_entry_no_fork");
            String prev = ChainHasher.GENESIS;
            long after = 0;
            List<AuditEntry> page;
            List<Object[]> rows = new java.util.ArrayList<>();
            while (!(page = store.chainPage(after, 1_000)).isEmpty()) {
                for (AuditEntry e : page) {
                    AuditEntry relinked = new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.roleCode(),
                            e.unitCode(), e.action(), e.subject(), e.before(), e.after(), e.requestId(), e.clientIp(),
                            prev, null, AuditEntry.PLAIN);
                    prev = ChainHasher.hash(relinked);
                    rows.add(new Object[] {relinked.prevHash(), prev, e.id()});
                    after = e.id();
                }
            }
            new org.springframework.jdbc.core.JdbcTemplate(dataSource).batchUpdate(
                    "update audit_entry set prev_hash = ?, hash = ?, chain_version = 1 where id = ?", rows);
            sql.accept("alter table audit_chain_head disable trigger audit_chain_head_forward");
            sql.accept("update audit_chain_head set last_hash = '" + prev + "'");
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.defect()).isEqualTo(Defect.UNKEYED_ENTRY);
        assertThat(result.firstBrokenId()).isEqualTo(
                jdbc.sql("select min(id) from audit_entry").query(Long.class).single());
    }

    @Test
    void anEntryRecomputedWithAWrongKeyIsReportedByItsId() {
        AuditEntry victim = mine.get(1);
        AuditKey wrong = new AuditKey(new byte[32]);
        String forgedHash = ChainHasher.keyedHash(rewritten(victim, "someone-else"), wrong);
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("update audit_entry set actor = 'someone-else', hash = '" + forgedHash + "' where id = " + victim.id());
        });
        assertThat(result.firstBrokenId()).isEqualTo(victim.id());
        assertThat(result.defect()).isEqualTo(Defect.HASH_MISMATCH);
    }

    @Test
    void anEntryRewrittenWithTheKeyBreaksTheLinkOfTheNext() {
        AuditEntry victim = mine.get(1);
        String forgedHash = ChainHasher.keyedHash(rewritten(victim, "someone-else"), key);
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("update audit_entry set actor = 'someone-else', hash = '" + forgedHash + "' where id = " + victim.id());
        });
        assertThat(result.firstBrokenId()).isEqualTo(mine.get(2).id());
        assertThat(result.defect()).isEqualTo(Defect.CHAIN_BROKEN);
        assertThat(result.problem()).contains("前一条记录（第 " + victim.id() + " 号）");
    }

    @Test
    void aChainRewrittenWithTheKeyAfterACheckpointDisagreesWithIt() {
        AuditCheckpoints.Loaded checkpoint = checkpoints.write("test");
        assertThat(checkpoint.checkpoint().sequence()).isEqualTo(mine.get(2).id());
        assertThat(audit.verify().valid()).isTrue();
        // An insider holding the key rewrites entry 1 and re-links entry 2 and the head: the chain itself is whole.
        AuditEntry one = rewritten(mine.get(1), "someone-else");
        String oneHash = ChainHasher.keyedHash(one, key);
        AuditEntry two = mine.get(2);
        AuditEntry twoRelinked = new AuditEntry(two.id(), two.occurredAt(), two.actor(), two.roleCode(), two.unitCode(),
                two.action(), two.subject(), two.before(), two.after(), two.requestId(), two.clientIp(), oneHash, null,
                AuditEntry.KEYED);
        String twoHash = ChainHasher.keyedHash(twoRelinked, key);
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("alter table audit_chain_head disable trigger audit_chain_head_forward");
            sql.accept("update audit_entry set actor = 'someone-else', hash = '" + oneHash + "' where id = " + one.id());
            sql.accept("update audit_entry set prev_hash = '" + oneHash + "', hash = '" + twoHash + "' where id = "
                    + two.id());
            sql.accept("update audit_chain_head set last_hash = '" + twoHash + "'");
        });
        assertThat(result.valid()).isFalse();
        assertThat(result.defect()).isEqualTo(Defect.CHECKPOINT_MISMATCH);
        assertThat(result.firstBrokenId()).isEqualTo(two.id());
        assertThat(result.checkpointFile()).isEqualTo(checkpoint.file());
        assertThat(result.problem()).contains("第 " + two.id() + " 号记录的哈希值与检查点（文件 " + checkpoint.file());
    }

    @Test
    void aChainTruncatedBeforeACheckpointDisagreesWithIt() {
        AuditCheckpoints.Loaded checkpoint = checkpoints.write("test");
        AuditEntry kept = mine.get(1);
        VerificationResult result = underAttack(sql -> {
            sql.accept("alter table audit_entry disable trigger audit_entry_append_only");
            sql.accept("alter table audit_chain_head disable trigger audit_chain_head_forward");
            sql.accept("delete from audit_entry where id > " + kept.id());
            sql.accept("update audit_chain_head set last_id = " + kept.id() + ", last_hash = '" + kept.hash() + "'");
        });
        assertThat(result.defect()).isEqualTo(Defect.CHECKPOINT_MISMATCH);
        assertThat(result.checkpointFile()).isEqualTo(checkpoint.file());
        assertThat(result.firstBrokenId()).isEqualTo(mine.get(2).id());
        assertThat(result.problem()).contains("只到第 " + kept.id() + " 号", "截断");
    }

    @Test
    void aForgedCheckpointFileIsReported() throws Exception {
        java.nio.file.Path forged = checkpoints.folder().resolve("audit-checkpoint-forged.json");
        java.nio.file.Files.writeString(forged, """
                {"format":"doorstep-audit-checkpoint-v1","sequence":1,"headHash":"%s","lastPlainId":null,
                 "createdAt":"2026-12-01T00:00:00Z","reason":"daily","node":"x","signature":"%s"}"""
                .formatted("a".repeat(64), "b".repeat(64)));
        try {
            VerificationResult result = audit.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.defect()).isEqualTo(Defect.CHECKPOINT_INVALID);
            assertThat(result.checkpointFile()).isEqualTo("audit-checkpoint-forged.json");
            assertThat(result.problem()).contains("签名无效");
        } finally {
            java.nio.file.Files.delete(forged);
        }
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aCheckpointIsAFileAndALogLineSignedWithTheKey(CapturedOutput output) throws Exception {
        AuditCheckpoints.Loaded written = checkpoints.write("test");
        String text = java.nio.file.Files.readString(checkpoints.folder().resolve(written.file()));
        tools.jackson.databind.JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
        assertThat(json.path("sequence").asLong()).isEqualTo(mine.get(2).id());
        assertThat(json.path("headHash").asString()).isEqualTo(mine.get(2).hash());
        // The signature recomputed here from the file's own fields, independently of AuditCheckpoints.
        String signed = "[\"doorstep-audit-checkpoint-v1\"," + json.path("sequence").asLong() + ",\""
                + json.path("headHash").asString() + "\"," + (json.path("lastPlainId").isNull() ? "null"
                : json.path("lastPlainId").asLong()) + ",\"" + json.path("createdAt").asString() + "\",\"test\",\""
                + json.path("node").asString() + "\"]";
        assertThat(json.path("signature").asString()).isEqualTo(key.mac(signed));
        assertThat(output).contains("Audit checkpoint " + written.file(), "base64:"
                + java.util.Base64.getEncoder().encodeToString(text.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        VerificationResult result = audit.verify();
        assertThat(result.valid()).isTrue();
        assertThat(result.checkpoints()).isGreaterThanOrEqualTo(2); // the start-up one and this one
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
                "forged", null, null, null, null, last.hash(), null, AuditEntry.KEYED);
        AuditEntry signed = extra.withHash(ChainHasher.keyedHash(extra, key), AuditEntry.KEYED);
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
                "req-1", "203.0.113.0", ChainHasher.GENESIS, null, AuditEntry.PLAIN);
        assertThat(ChainHasher.canonical(e)).isEqualTo("[\"doorstep-audit-v1\",7,\"2026-11-23T01:02:03.456789Z\","
                + "\"officer-a\",\"WINDOW_OFFICER\",\"341181100000\",\"case.accepted\",\"案件 2026-001\",null,"
                + "\"{\\\"state\\\": \\\"已受理\\\"}\",\"req-1\",\"203.0.113.0\"]");
        assertThat(ChainHasher.hash(e)).isEqualTo(EXPECTED_HASH);
    }

    static final String EXPECTED_HASH = "9bbbf3b55d14114ec0d98d34c81f931344a335852b72ea7844dbceeb42a488b9";

    @Test
    void theDailyCheckpointIsWrittenOnceWhateverTheNumberOfNodes() throws Exception {
        // No earlier daily run in this test context still holds the lock.
        jdbc.sql("delete from shedlock where name = 'audit-checkpoint'").update();
        long before = countCheckpointFiles();
        // Two nodes firing at the same minute: the ShedLock row lets only the first write.
        schedule.daily();
        schedule.daily();
        assertThat(countCheckpointFiles()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'audit-checkpoint'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private long countCheckpointFiles() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(checkpoints.folder())) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    @Test
    void committedEntriesReachASyslogServerAndRolledBackOnesDoNot() throws Exception {
        try (java.net.DatagramSocket server = new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            SyslogShipper shipper = new SyslogShipper("udp://127.0.0.1:" + server.getLocalPort());
            AuditChainer chaining = new AuditChainer(store, key, shipper, transactions);
            ChainWriter shipping = new ChainWriter(store, chaining, transactions);
            EntryFactory factory = new EntryFactory(new OriginResolver(), java.time.Clock.systemUTC());
            String marker = "syslog-" + UUID.randomUUID();
            // The application's own chainer (no syslog configured) would otherwise link the entry first.
            chainer.stop();
            try {
                tx.executeWithoutResult(status -> {
                    shipping.append(factory.create("test.syslog.rolled-back", marker, null, null));
                    status.setRollbackOnly();
                });
                tx.executeWithoutResult(status -> shipping.append(factory.create("test.syslog", marker, null, null)));
                assertThat(chaining.chainPending()).isPositive();
                // Anything else staged meanwhile is shipped too; ours is the one with the marker.
                String message = "";
                while (!message.contains(marker)) {
                    java.net.DatagramPacket packet = new java.net.DatagramPacket(new byte[65_536], 65_536);
                    server.receive(packet);
                    message = new String(packet.getData(), 0, packet.getLength(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(message).doesNotContain("test.syslog.rolled-back");
                }
                AuditEntry stored = audit.search(new AuditQuery(null, null, null, "test.syslog", marker, null), null,
                        null, 10).entries().get(0);
                assertThat(message).startsWith("<110>1 ").contains("\"id\":" + stored.id(),
                        "\"hash\":\"" + stored.hash() + "\"", "action=\"test.syslog\"");
            } finally {
                chainer.start();
                shipper.destroy();
            }
        }
    }

    @Test
    void theKeyedHashFormatIsStable() {
        // Computed outside Java: printf '%s' "$GENESIS$CANONICAL_V2" | openssl dgst -sha256 -mac HMAC
        //   -macopt hexkey:000102…1f
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) i;
        }
        AuditEntry e = new AuditEntry(7, java.time.Instant.parse("2026-11-23T01:02:03.456789Z"), "officer-a",
                "WINDOW_OFFICER", "341181100000", "case.accepted", "案件 2026-001", null, "{\"state\": \"已受理\"}",
                "req-1", "203.0.113.0", ChainHasher.GENESIS, null, AuditEntry.KEYED);
        assertThat(ChainHasher.keyedHash(e, new AuditKey(k)))
                .isEqualTo("6afddff202cf58cc626c7652140b8c309ce7c5f7217a1704c66cc26afbb2f2df");
    }

    @Test
    void newEntriesAreKeyed() {
        assertThat(mine).allSatisfy(e -> {
            assertThat(e.chainVersion()).isEqualTo(AuditEntry.KEYED);
            assertThat(e.hash()).isEqualTo(ChainHasher.keyedHash(e, key)).isNotEqualTo(ChainHasher.hash(e));
        });
    }

    private static AuditEntry rewritten(AuditEntry e, String actor) {
        return new AuditEntry(e.id(), e.occurredAt(), actor, e.roleCode(), e.unitCode(), e.action(), e.subject(),
                e.before(), e.after(), e.requestId(), e.clientIp(), e.prevHash(), null, e.chainVersion());
    }

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
