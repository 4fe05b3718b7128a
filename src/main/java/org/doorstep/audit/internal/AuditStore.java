package org.doorstep.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.audit.AuditEntry;
import org.doorstep.audit.AuditQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit tables. Entries are staged in {@code audit_pending} by the transaction that makes the change and moved
 * into the chain ({@code audit_entry}) by the {@link AuditChainer}. Chained entries are only ever inserted; the
 * database rejects anything else. Nothing deletes them:
 * 网络安全法 第二十一条 requires network logs to be kept for at least six months, and the platform keeps them all.
 */
@Repository
public class AuditStore {

    private static final String COLUMNS = """
            id, occurred_at, actor, role_code, unit_code, action, subject, before_state::text as before_state,
            after_state::text as after_state, request_id, client_ip, prev_hash, hash, chain_version""";

    private static final String INSERT = """
            insert into audit_entry (id, occurred_at, actor, role_code, unit_code, action, subject, before_state,
                after_state, request_id, client_ip, prev_hash, hash, chain_version)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public AuditStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** The end of the chain; null fields mean an empty chain. */
    public record Head(Long lastId, String lastHash) {
    }

    /**
     * Writes an entry to the staging table in the caller's transaction; PostgreSQL normalises the JSON (key order,
     * spacing, numbers) on the way in, so the chainer hashes the text verification will read back.
     */
    public void stage(PendingEntry p) {
        Origin o = p.origin();
        jdbc.sql("""
                insert into audit_pending (occurred_at, actor, role_code, unit_code, action, subject, before_state,
                    after_state, request_id, client_ip)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)""")
                .params(OffsetDateTime.ofInstant(p.occurredAt(), ZoneOffset.UTC), o.actor(), o.roleCode(),
                        o.unitCode(), p.action(), p.subject(), p.beforeJson(), p.afterJson(), o.requestId(),
                        o.clientIp())
                .update();
    }

    /** Whether anything waits to be chained: lets the chainer skip the head's lock when there is nothing to do. */
    public boolean anyStaged() {
        return jdbc.sql("select exists (select 1 from audit_pending)").query(Boolean.class).single();
    }

    /**
     * The oldest staged entries, at most {@code limit}, in the order they were staged; {@code id} is the staging
     * id and {@code prevHash}/{@code hash} are null until they are chained.
     */
    public List<AuditEntry> staged(int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, role_code, unit_code, action, subject, before_state::text as before_state,
                    after_state::text as after_state, request_id, client_ip, null as prev_hash, null as hash,
                    2 as chain_version
                from audit_pending order by id limit ?""").param(limit).query(AuditStore::entry).list();
    }

    public void unstage(List<Long> stagingIds) {
        jdbc.sql("delete from audit_pending where id = any(?)").param(stagingIds.toArray(Long[]::new)).update();
    }

    /** The next {@code n} ids of the chain, ascending. */
    public List<Long> nextIds(int n) {
        return jdbc.sql("select nextval('audit_entry_seq') as id from generate_series(1, ?) order by 1").param(n)
                .query(Long.class).list();
    }

    /** Locks the chain head until the transaction ends: the one place where appends are serialised. */
    public Head lockHead() {
        return jdbc.sql("select last_id, last_hash from audit_chain_head where singleton for update")
                .query((rs, n) -> new Head(rs.getObject("last_id", Long.class), rs.getString("last_hash"))).single();
    }

    public Head readHead() {
        return jdbc.sql("select last_id, last_hash from audit_chain_head where singleton")
                .query((rs, n) -> new Head(rs.getObject("last_id", Long.class), rs.getString("last_hash"))).single();
    }

    /** The last entry hashed without the key (version 1), or null: checkpoints record it, so none can join later. */
    public Long lastPlainId() {
        return jdbc.sql("select max(id) from audit_entry where chain_version = 1").query(Long.class).optional()
                .orElse(null);
    }

    public void moveHead(long lastId, String lastHash) {
        jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ?, updated_at = now() where singleton")
                .params(lastId, lastHash).update();
    }

    public void insert(AuditEntry e) {
        jdbc.sql(INSERT).params(values(e)).update();
    }

    /** Inserts chained entries in one batch: the chainer's write. */
    public void insertAll(List<AuditEntry> entries) {
        batches.batchUpdate(INSERT, entries.stream().map(AuditStore::values).toList());
    }

    private static Object[] values(AuditEntry e) {
        return new Object[] { e.id(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.actor(),
                e.roleCode(), e.unitCode(), e.action(), e.subject(), e.before(), e.after(), e.requestId(),
                e.clientIp(), e.prevHash(), e.hash(), e.chainVersion() };
    }

    /** Entries in chain order after {@code afterId}, at most {@code limit}: verification pages through with this. */
    public List<AuditEntry> chainPage(long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where id > ? order by id limit ?")
                .params(afterId, limit).query(AuditStore::entry).list();
    }

    /**
     * Matching entries, newest first: the newest {@code limit}, or those just older than {@code olderThan}, or those
     * just newer than {@code newerThan}.
     */
    public List<AuditEntry> search(AuditQuery q, Long olderThan, Long newerThan, int limit) {
        Filter f = new Filter(q);
        boolean ascending = olderThan == null && newerThan != null;
        if (olderThan != null) {
            f.and("id < :olderThan", "olderThan", olderThan);
        } else if (newerThan != null) {
            f.and("id > :newerThan", "newerThan", newerThan);
        }
        List<AuditEntry> found = new ArrayList<>(jdbc.sql("select " + COLUMNS + " from audit_entry where " + f.where
                        + " order by id " + (ascending ? "asc" : "desc") + " limit :limit")
                .params(f.params).param("limit", limit).query(AuditStore::entry).list());
        if (ascending) {
            Collections.reverse(found);
        }
        return found;
    }

    /** Whether an entry matching {@code q} exists beyond {@code id} in the given direction. */
    public boolean existsBeyond(AuditQuery q, long id, boolean older) {
        Filter f = new Filter(q);
        f.and(older ? "id < :edge" : "id > :edge", "edge", id);
        return jdbc.sql("select exists (select 1 from audit_entry where " + f.where + ")").params(f.params)
                .query(Boolean.class).single();
    }

    /** The where clause for a query, with LIKE wildcards in user input taken literally. */
    private static final class Filter {
        final StringBuilder where = new StringBuilder("true");
        final Map<String, Object> params = new LinkedHashMap<>();

        Filter(AuditQuery q) {
            if (q.from() != null) {
                and("occurred_at >= :from", "from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
            }
            if (q.to() != null) {
                and("occurred_at < :to", "to", OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
            }
            if (q.actor() != null) {
                and("actor = :actor", "actor", q.actor());
            }
            if (q.actionPrefix() != null) {
                and("action like :action escape '\\'", "action", escapeLike(q.actionPrefix()) + "%");
            }
            if (q.subjectContains() != null) {
                and("subject ilike :subject escape '\\'", "subject", "%" + escapeLike(q.subjectContains()) + "%");
            }
            if (q.unitCodePrefix() != null) {
                and("unit_code like :unit escape '\\'", "unit", escapeLike(q.unitCodePrefix()) + "%");
            }
        }

        void and(String condition, String name, Object value) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("role_code"), rs.getString("unit_code"), rs.getString("action"),
                rs.getString("subject"), rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("request_id"), rs.getString("client_ip"), rs.getString("prev_hash"),
                rs.getString("hash"), rs.getInt("chain_version"));
    }
}
