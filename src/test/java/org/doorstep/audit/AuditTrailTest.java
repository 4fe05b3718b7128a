package org.doorstep.audit;

import org.doorstep.support.Markers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    String marker;

    @BeforeEach
    void setUp() {
        marker = Markers.unique("test-");
        jdbc.sql("create table if not exists audit_test_thing (name text primary key)").update();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aChangeAndItsEntryCommitTogether() {
        tx.executeWithoutResult(s -> {
            jdbc.sql("insert into audit_test_thing (name) values (?)").param(marker).update();
            events.publishEvent(new TestChange("test.thing.created", marker, null, Map.of("name", marker)));
        });

        assertThat(thingExists()).isTrue();
        List<AuditEntry> found = entries();
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("test.thing.created");
            assertThat(e.before()).isNull();
            assertThat(e.after()).isEqualTo("{\"name\": \"" + marker + "\"}");
        });
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("insert into audit_test_thing (name) values (?)").param(marker).update();
            events.publishEvent(new TestChange("test.thing.created", marker, null, Map.of("name", marker)));
            throw new IllegalStateException("the change fails after the event");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(thingExists()).isFalse();
        assertThat(entries()).isEmpty();
        assertThat(count("audit_pending")).as("nothing staged either").isZero();
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aChangeOutsideATransactionIsWrittenAtOnce() {
        events.publishEvent(new TestChange("test.outside", marker, "a", "b"));
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("\"a\"");
            assertThat(e.after()).isEqualTo("\"b\"");
        });
    }

    @Test
    void anIndependentRecordSurvivesTheCallersRollback() {
        tx.executeWithoutResult(s -> {
            audit.record("test.joined", marker, null, null);
            audit.recordIndependently("test.independent", marker, null, null);
            s.setRollbackOnly();
        });
        assertThat(entries()).extracting(AuditEntry::action).containsExactly("test.independent");
    }

    @Test
    void severalEntriesOfOneTransactionAreChainedInOrder() {
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                audit.record("test.step." + i, marker, null, i);
            }
        });
        List<AuditEntry> found = entries();
        // Newest first: step 2 links to step 1, which links to step 0.
        assertThat(found).extracting(AuditEntry::action).containsExactly("test.step.2", "test.step.1", "test.step.0");
        assertThat(found.get(0).prevHash()).isEqualTo(found.get(1).hash());
        assertThat(found.get(1).prevHash()).isEqualTo(found.get(2).hash());
    }

    @Test
    void theActorIsTheSignedInStaffMember() {
        new TestStaff("officer-a", "一位窗口工作人员", "WINDOW_OFFICER", "341181100000").signIn();
        audit.record("test.staff", marker, null, null);

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("officer-a");
            assertThat(e.roleCode()).isEqualTo("WINDOW_OFFICER");
            assertThat(e.unitCode()).isEqualTo("341181100000");
        });
    }

    @Test
    void anyOtherPrincipalIsRecordedByNameAndRoles() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin-b", null, AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_SYSTEM_ADMIN", "ROLE_SUPERVISOR")));
        audit.record("test.other", marker, null, null);

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin-b");
            assertThat(e.roleCode()).isEqualTo("SUPERVISOR,SYSTEM_ADMIN");
            assertThat(e.unitCode()).isNull();
        });
    }

    @Test
    void withoutAUserOutsideARequestTheActorIsTheSystem() {
        audit.record("test.system", marker, null, null);
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system");
            assertThat(e.requestId()).isNull();
            assertThat(e.clientIp()).isNull();
        });
    }

    @Test
    void aVisitorInARequestIsAnonymousWithRequestIdAndTruncatedAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.77");
        request.addHeader("X-Request-Id", "req-42");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        audit.record("test.visitor", marker, null, null);
        audit.record("test.visitor.again", marker, null, null);

        assertThat(entries()).hasSize(2).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("anonymous");
            assertThat(e.requestId()).isEqualTo("req-42");
            assertThat(e.clientIp()).isEqualTo("203.0.113.0");
        });
    }

    @Test
    void aRequestWithoutIdGetsOneSharedByItsEntriesAndIpv6IsTruncated() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("2001:db8:85a3:8d3:1319:8a2e:370:7348");
        request.addHeader("X-Request-Id", "<script>not an id</script>");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        audit.record("test.one", marker, null, null);
        audit.record("test.two", marker, null, null);

        List<AuditEntry> found = entries();
        assertThat(found).extracting(AuditEntry::clientIp).containsOnly("2001:db8:85a3::");
        assertThat(found.get(0).requestId()).matches("[0-9a-f-]{36}").isEqualTo(found.get(1).requestId());
    }

    record Applicant(String name, String idNumber, String phone, LocalDate appliedOn, Instant receivedAt,
            List<String> notes) {
    }

    @Test
    void statesAreStoredAsJsonWithIsoDatesAndNoUnmaskedPersonalData() {
        Applicant before = new Applicant("一位群众", "110105199001011234", "13812345678", LocalDate.of(2026, 10, 9),
                Instant.parse("2026-10-09T01:02:03Z"), List.of("备用电话 139-8765-4321"));
        Applicant after = new Applicant("一位群众", "11010519900101123X", "15912345678", LocalDate.of(2026, 10, 9),
                Instant.parse("2026-10-09T01:02:03Z"), List.of());
        audit.record("test.applicant.changed", marker + " 身份证 110105199001011234", before, after);
        audit.chainPending();

        Map<String, Object> row = jdbc.sql("select subject, before_state::text as b, after_state::text as a,"
                + " jsonb_typeof(before_state) as t from audit_entry where subject like ?")
                .param(marker + "%").query().singleRow();
        String stored = row.values().toString();
        assertThat(stored).doesNotContain("199001011234", "19900101123X", "12345678", "87654321")
                .contains("110105********1234", "110105********123X", "138****5678", "159****5678", "139-****-4321");
        assertThat(row.get("t")).isEqualTo("object");
        assertThat((String) row.get("b")).contains("\"appliedOn\": \"2026-10-09\"", "\"receivedAt\": \"2026-10-09T01:02:03Z\"");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void awkwardStatesAreStoredWithoutBreakingTheChange() {
        Map<String, Object> nul = Map.of("text", "a\u0000b", "broken", "x\uD800y");
        audit.record("test.awkward", marker + "\u0000", nul, "z".repeat(200_000));

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.before()).contains("a\uFFFDb", "x\uFFFDy");
            assertThat(e.after()).contains("\"truncated\": true", "\"length\": 200002");
            assertThat(e.subject()).isEqualTo(marker + "\uFFFD");
        });
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> events.publishEvent(
                                new TestChange("test.concurrent", marker + " " + thread + "-" + n, null, n)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        audit.chainPending();
        assertThat(jdbc.sql("select count(*) from audit_entry where subject like ?").param(marker + " %")
                .query(Long.class).single()).isEqualTo(100);
        assertThat(jdbc.sql("select count(*) from (select prev_hash from audit_entry group by prev_hash"
                + " having count(*) > 1) forks").query(Long.class).single()).isZero();
        VerificationResult result = audit.verify();
        assertThat(result.valid()).as(result.problem()).isTrue();
        assertThat(result.checked()).isEqualTo(jdbc.sql("select count(*) from audit_entry").query(Long.class).single());
    }

    @Test
    void aCommittedEntryIsLinkedIntoTheChainSoonWithoutAnyReader() throws Exception {
        tx.executeWithoutResult(s -> audit.record("test.staged", marker, null, null));
        // No search and no verification here: the chainer, woken by the commit, links the entry on its own.
        awaitChained();
        assertThat(count("audit_entry")).isOne();
        assertThat(count("audit_pending")).isZero();
    }

    @Test
    void anEntryStagedBeforeACrashIsChainedByThePoll() throws Exception {
        // What a node leaves behind when it commits a change and dies before linking its entry: nothing wakes the
        // chainer for it, its poll finds it.
        jdbc.sql("""
                insert into audit_pending (occurred_at, actor, action, subject, after_state)
                values (now(), 'system', 'test.crash', ?, '{"b": 1, "a": 2}')""").param(marker).update();
        awaitChained();
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("test.crash");
            assertThat(e.after()).isEqualTo("{\"a\": 2, \"b\": 1}");
        });
        assertThat(count("audit_pending")).isZero();
        assertThat(audit.verify().valid()).isTrue();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where subject = ?").param(marker).query(Long.class)
                .single();
    }

    /** Polls the table itself: the search would chain the entry on its own. */
    private void awaitChained() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (count("audit_entry") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void searchFiltersByActorActionSubjectUnitAndTime() {
        new TestStaff("officer-c", "一位公开专员", "DISCLOSURE_OFFICER", "341181100001").signIn();
        audit.record("test.search.publish", marker + " 文件甲", null, null);
        new TestStaff("officer-d", "一位公开专员", "DISCLOSURE_OFFICER", "341181200001").signIn();
        audit.record("test.search.publish", marker + " 文件乙", null, null);
        audit.record("test.search.withdraw", marker + " 文件乙", null, null);
        SecurityContextHolder.clearContext();

        assertThat(search(q("officer-c", null, null, null))).containsExactly(marker + " 文件甲");
        assertThat(search(q(null, "test.search.w", null, null))).containsExactly(marker + " 文件乙");
        assertThat(search(q(null, "test.search.", null, null))).hasSize(3);
        assertThat(search(q(null, null, "文件乙", null))).hasSize(2);
        assertThat(search(q(null, null, null, "3411812"))).hasSize(2);
        assertThat(search(q("officer-d", "test.search.publish", null, "341181200001"))).containsExactly(marker + " 文件乙");
        // LIKE wildcards in input are literal.
        assertThat(search(q(null, "test%", null, null))).isEmpty();

        Instant now = Instant.now();
        assertThat(audit.search(new AuditQuery(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), null,
                null, marker, null), null, null, 50).entries()).hasSize(3);
        assertThat(audit.search(new AuditQuery(now.plus(1, ChronoUnit.HOURS), null, null, null, marker, null),
                null, null, 50).entries()).isEmpty();
        assertThat(audit.search(new AuditQuery(null, now.minus(1, ChronoUnit.HOURS), null, null, marker, null),
                null, null, 50).entries()).isEmpty();
    }

    /**
     * The "对象包含" search is ILIKE '%…%': a trigram index serves it, on the embedded database and on the server alike
     * (CI runs the suite on both). With the planner told to avoid plain scans, the plan is the index's.
     */
    @Test
    void aTrigramIndexServesTheSubjectSearch() {
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'audit_entry_subject_trgm'")
                .query(Integer.class).single()).isEqualTo(1);
        String plan = tx.execute(status -> {
            // a test database is small enough for a scan to win on cost; only the index's usability is in question
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("SET LOCAL enable_indexscan = off").update();
            return String.join("\n", jdbc.sql("""
                    EXPLAIN SELECT id FROM audit_entry WHERE subject ILIKE '%' || ? || '%'""")
                    .param("2026-004217").query(String.class).list());
        });
        assertThat(plan).contains("audit_entry_subject_trgm");
    }

    @Test
    void searchByAPhoneNumberFindsTheMaskedActor() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "13812345678", null, AuthorityUtils.createAuthorityList("ROLE_CITIZEN")));
        audit.record("test.citizen", marker, null, null);
        SecurityContextHolder.clearContext();

        assertThat(entries()).singleElement().extracting(AuditEntry::actor).isEqualTo("138****5678");
        assertThat(audit.search(new AuditQuery(null, null, "13812345678", null, marker, null), null, null, 10)
                .entries()).hasSize(1);
    }

    @Test
    void searchPagesNewestFirstWithCursorsBothWays() {
        for (int i = 0; i < 5; i++) {
            audit.record("test.page", marker + " " + i, null, null);
        }
        AuditQuery q = q(null, null, marker, null);
        AuditPage first = audit.search(q, null, null, 2);
        assertThat(subjects(first)).containsExactly(marker + " 4", marker + " 3");
        assertThat(first.hasNewer()).isFalse();
        assertThat(first.newerCursor()).isNull();

        AuditPage second = audit.search(q, first.olderCursor(), null, 2);
        assertThat(subjects(second)).containsExactly(marker + " 2", marker + " 1");
        assertThat(second.hasNewer()).isTrue();

        AuditPage last = audit.search(q, second.olderCursor(), null, 2);
        assertThat(subjects(last)).containsExactly(marker + " 0");
        assertThat(last.hasOlder()).isFalse();
        assertThat(last.olderCursor()).isNull();

        AuditPage back = audit.search(q, null, last.newerCursor(), 2);
        assertThat(subjects(back)).containsExactly(marker + " 2", marker + " 1");
    }

    @Test
    void searchRejectsBadCriteriaInChinese() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> audit.search(new AuditQuery(now, now.minusSeconds(1), null, null, null, null),
                null, null, 10)).hasMessageContaining("结束时间不能早于开始时间");
        assertThatThrownBy(() -> audit.search(q(null, null, "长".repeat(101), null), null, null, 10))
                .hasMessageContaining("不能超过");
        assertThatThrownBy(() -> audit.search(AuditQuery.all(), null, null, 0)).hasMessageContaining("每页条数");
    }

    private AuditQuery q(String actor, String action, String subject, String unit) {
        // Every query is confined to this test's entries, whatever else the shared database holds.
        return new AuditQuery(null, null, actor, action, subject == null ? marker : subject, unit);
    }

    private List<String> search(AuditQuery q) {
        return audit.search(q, null, null, 50).entries().stream().map(AuditEntry::subject)
                .filter(s -> s.startsWith(marker)).toList();
    }

    private static List<String> subjects(AuditPage page) {
        return page.entries().stream().map(AuditEntry::subject).toList();
    }

    private List<AuditEntry> entries() {
        return audit.search(new AuditQuery(null, null, null, null, marker, null), null, null, 50).entries();
    }

    private boolean thingExists() {
        return jdbc.sql("select count(*) from audit_test_thing where name = ?").param(marker).query(Integer.class)
                .single() > 0;
    }
}
