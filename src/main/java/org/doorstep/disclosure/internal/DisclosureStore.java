package org.doorstep.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.disclosure.Attachment;
import org.doorstep.disclosure.CatalogueItem;
import org.doorstep.disclosure.CatalogueNode;
import org.doorstep.disclosure.CatalogueRevision;
import org.doorstep.disclosure.DisclosureAttribute;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.ExemptGround;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.disclosure.PublishedDocument;
import org.doorstep.disclosure.Revision;
import org.doorstep.disclosure.ReviewDecision;
import org.doorstep.disclosure.Validity;
import org.doorstep.platform.FileType;
import org.doorstep.platform.ListPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the disclosure tables. Documents are read with their nodes and attachments. */
@Repository
public class DisclosureStore {

    private final JdbcClient jdbc;

    public DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- catalogue

    public void ensureFixedNodes(String divisionCode, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("""
                    INSERT INTO disclosure_node (division_code, name, position, fixed) VALUES (?, ?, ?, TRUE)
                    ON CONFLICT (division_code, name) WHERE fixed DO NOTHING""")
                    .params(divisionCode, names.get(i), i).update();
        }
    }

    public List<CatalogueNode> nodes(String divisionCode) {
        return jdbc.sql("SELECT * FROM disclosure_node WHERE division_code = ? AND NOT removed ORDER BY position, id")
                .param(divisionCode).query(DisclosureStore::node).list();
    }

    public Optional<CatalogueNode> node(long id) {
        return jdbc.sql("SELECT * FROM disclosure_node WHERE id = ? AND NOT removed").param(id)
                .query(DisclosureStore::node).optional();
    }

    public long insertNode(String divisionCode, Long parentId, CatalogueItem item) {
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM disclosure_node WHERE division_code = ?")
                .param(divisionCode).query(Integer.class).single();
        return jdbc.sql("""
                INSERT INTO disclosure_node (division_code, parent_id, name, position, content, basis, time_limit,
                    subject, method, channel, audience, attribute, exempt_ground)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(divisionCode, parentId, item.name(), position, item.content(), item.basis(), item.timeLimit(),
                        item.subject(), item.method(), item.channel(), item.audience(), item.attribute().name(),
                        item.exemptGround() == null ? null : item.exemptGround().name())
                .query(Long.class).single();
    }

    public void updateNode(long id, CatalogueItem item) {
        jdbc.sql("""
                UPDATE disclosure_node SET name = ?, content = ?, basis = ?, time_limit = ?, subject = ?, method = ?,
                    channel = ?, audience = ?, attribute = ?, exempt_ground = ?, version = version + 1 WHERE id = ?""")
                .params(item.name(), item.content(), item.basis(), item.timeLimit(), item.subject(), item.method(),
                        item.channel(), item.audience(), item.attribute().name(),
                        item.exemptGround() == null ? null : item.exemptGround().name(), id)
                .update();
    }

    public void removeNode(long id) {
        jdbc.sql("UPDATE disclosure_node SET removed = TRUE, version = version + 1 WHERE id = ?").param(id).update();
    }

    public boolean hasChildren(long id) {
        return jdbc.sql("SELECT count(*) FROM disclosure_node WHERE parent_id = ? AND NOT removed").param(id)
                .query(Long.class).single() > 0;
    }

    public void recordNodeHistory(CatalogueNode node, String action, String snapshot, String reason, String by) {
        jdbc.sql("""
                INSERT INTO disclosure_node_history (node_id, division_code, version, action, name, snapshot, reason,
                    changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(node.id(), node.divisionCode(), node.version(), action, node.name(), snapshot, reason, by)
                .update();
    }

    public List<CatalogueRevision> history(String divisionCode) {
        return jdbc.sql("""
                SELECT * FROM disclosure_node_history WHERE division_code = ? ORDER BY changed_at DESC, id DESC
                LIMIT 200""").param(divisionCode)
                .query((rs, n) -> new CatalogueRevision(rs.getLong("node_id"), rs.getInt("version"),
                        rs.getString("action"), rs.getString("name"), rs.getString("snapshot"), rs.getString("reason"),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static CatalogueNode node(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        String ground = rs.getString("exempt_ground");
        return new CatalogueNode(rs.getLong("id"), rs.getString("division_code"), parentId,
                rs.getString("name"), rs.getInt("position"), rs.getBoolean("fixed"), rs.getString("content"),
                rs.getString("basis"), rs.getString("time_limit"), rs.getString("subject"), rs.getString("method"),
                rs.getString("channel"), rs.getString("audience"), DisclosureAttribute.valueOf(rs.getString("attribute")),
                ground == null ? null : ExemptGround.valueOf(ground), rs.getInt("version"));
    }

    // ---- documents

    /** The next serial of an organ's year; the row lock serialises concurrent creators and a serial is never reused. */
    public int nextSerial(String organCode, int year) {
        return jdbc.sql("""
                INSERT INTO disclosure_index_counter (organ_code, year, last_serial) VALUES (?, ?, 1)
                ON CONFLICT (organ_code, year) DO UPDATE SET last_serial = disclosure_index_counter.last_serial + 1
                RETURNING last_serial""").params(organCode, year).query(Integer.class).single();
    }

    public long insertDocument(Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        String marks = String.join(", ", columns.keySet().stream().map(k -> ":" + k).toList());
        return jdbc.sql("INSERT INTO disclosure_document (" + names + ") VALUES (" + marks + ") RETURNING id")
                .params(columns).query(Long.class).single();
    }

    public void updateDocument(long id, Map<String, Object> columns) {
        String sets = String.join(", ", columns.keySet().stream().map(k -> k + " = :" + k).toList());
        Map<String, Object> params = new HashMap<>(columns);
        params.put("id", id);
        jdbc.sql("UPDATE disclosure_document SET " + sets + ", updated_at = now() WHERE id = :id").params(params)
                .update();
    }

    public void setNodes(long documentId, Collection<Long> nodeIds) {
        jdbc.sql("DELETE FROM disclosure_document_node WHERE document_id = ?").param(documentId).update();
        for (Long node : nodeIds) {
            jdbc.sql("INSERT INTO disclosure_document_node (document_id, node_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(documentId, node).update();
        }
    }

    public void addAttachment(long documentId, Attachment a) {
        jdbc.sql("""
                INSERT INTO disclosure_attachment (document_id, sha256, display_name, file_type, size, position)
                VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM disclosure_attachment
                                        WHERE document_id = ?))
                ON CONFLICT (document_id, sha256) DO UPDATE SET display_name = excluded.display_name""")
                .params(documentId, a.sha256(), a.displayName(), a.type().name(), a.size(), documentId).update();
    }

    public void removeAttachment(long documentId, String sha256) {
        jdbc.sql("DELETE FROM disclosure_attachment WHERE document_id = ? AND sha256 = ?").params(documentId, sha256)
                .update();
    }

    public void addRevision(long documentId, int version, String title, String body, String note, String by) {
        jdbc.sql("""
                INSERT INTO disclosure_revision (document_id, version, title, body, note, revised_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(documentId, version, title, body, note, by).update();
    }

    public List<Revision> revisions(long documentId) {
        return jdbc.sql("SELECT * FROM disclosure_revision WHERE document_id = ? ORDER BY version DESC")
                .param(documentId)
                .query((rs, n) -> new Revision(rs.getInt("version"), rs.getString("title"), rs.getString("note"),
                        rs.getString("revised_by"), rs.getTimestamp("revised_at").toInstant()))
                .list();
    }

    public void addReview(long documentId, int version, ReviewDecision.Verdict verdict, String opinion, String reviewer,
            Instant at) {
        jdbc.sql("""
                INSERT INTO disclosure_review (document_id, version, decision, opinion, reviewer, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(documentId, version, verdict.name(), opinion, reviewer, Timestamp.from(at)).update();
    }

    /** A document's review decisions, oldest first, as its history reads. */
    public List<ReviewDecision> reviews(long documentId) {
        return jdbc.sql("SELECT * FROM disclosure_review WHERE document_id = ? ORDER BY decided_at, id")
                .param(documentId)
                .query((rs, n) -> new ReviewDecision(rs.getInt("version"),
                        ReviewDecision.Verdict.valueOf(rs.getString("decision")), rs.getString("opinion"),
                        rs.getString("reviewer"), rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    public Optional<GovDocument> document(long id, LocalDate today) {
        return documents("WHERE id = :id", Map.of("id", id), today).stream().findFirst();
    }

    /** Documents matching a WHERE clause (with named parameters), newest first. */
    public List<GovDocument> documents(String where, Map<String, ?> params, LocalDate today) {
        return documents(where, params, today, Integer.MAX_VALUE, 0);
    }

    public List<GovDocument> documents(String where, Map<String, ?> params, LocalDate today, int limit, long offset) {
        return select("SELECT * FROM disclosure_document " + where + " ORDER BY " + NEWEST_FIRST
                + " LIMIT :limit OFFSET :offset", withPage(params, limit, offset), today);
    }

    /** The documents a whole SELECT finds, with their nodes and attachments read in one query each. */
    private List<GovDocument> select(String select, Map<String, ?> params, LocalDate today) {
        List<Row> rows = jdbc.sql(select).params(params).query(Row::of).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        Map<Long, List<Long>> nodes = new HashMap<>();
        jdbc.sql("SELECT document_id, node_id FROM disclosure_document_node WHERE document_id IN (:ids) ORDER BY node_id")
                .param("ids", ids).query((rs, n) -> {
                    nodes.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2));
                    return null;
                }).list();
        Map<Long, List<Attachment>> files = new HashMap<>();
        jdbc.sql("SELECT * FROM disclosure_attachment WHERE document_id IN (:ids) ORDER BY position").param("ids", ids)
                .query((rs, n) -> {
                    files.computeIfAbsent(rs.getLong("document_id"), k -> new java.util.ArrayList<>())
                            .add(new Attachment(rs.getString("sha256"), rs.getString("display_name"),
                                    FileType.valueOf(rs.getString("file_type")), rs.getLong("size")));
                    return null;
                }).list();
        return rows.stream().map(r -> r.toDocument(nodes.getOrDefault(r.id, List.of()),
                files.getOrDefault(r.id, List.of()), today)).toList();
    }

    /** Console lists, newest first; served by the indexes of V202612051001. */
    public static final String NEWEST_FIRST = "coalesce(published_at, created_at) DESC, id DESC";
    /** The Art. 26 due list: the earliest 成文日期 is the most urgent. */
    public static final String OLDEST_WRITTEN_FIRST = "written_on, id";

    /**
     * One page of documents matching a WHERE clause (named parameters only), read without their bodies, which no
     * list shows; nodes and attachments come in one query each for the whole page, and the total is counted only up
     * to the cap.
     */
    public ListPage<GovDocument> page(String where, Map<String, ?> params, String orderBy, LocalDate today, int page,
            int size) {
        List<GovDocument> rows = select("SELECT " + LIST_COLUMNS + " FROM disclosure_document " + where
                + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", withPage(params, size + 1,
                ListPage.offset(page, size)), today);
        return ListPage.of(rows, page, size, countUpTo(where, params, ListPage.COUNT_CAP));
    }

    /** Matching rows counted up to {@code cap + 1}, so a large table is never counted in full. */
    public long countUpTo(String where, Map<String, ?> params, int cap) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM disclosure_document " + where + " LIMIT :cap) AS m")
                .params(params).param("cap", cap + 1).query(Long.class).single();
    }

    private static Map<String, Object> withPage(Map<String, ?> params, int limit, long offset) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", limit);
        p.put("offset", offset);
        return p;
    }

    /** Every column but the body (shown only on a document's own page). */
    private static final String LIST_COLUMNS = """
            id, index_number, division_code, unit_code, title, document_number, publisher_code, publisher_name,
            written_on, published_on, effective_on, expires_on, validity, repealed_by, topic, genre, keywords,
            '' AS body, interprets_id, state, publish_at, published_at, version, author, reviewer, return_reason,
            withdraw_reason, source""";

    public long count(String where, Map<String, ?> params) {
        return jdbc.sql("SELECT count(*) FROM disclosure_document " + where).params(params).query(Long.class).single();
    }

    /** id → stamp (version and 效力状态 as of today) of every public document, as {@code PublishedDocument.stamp}. */
    public Map<Long, Long> publishedStamps(LocalDate today) {
        Map<Long, Long> stamps = new HashMap<>();
        jdbc.sql("SELECT id, version, validity, expires_on FROM disclosure_document WHERE state IN ('PUBLISHED', 'REVISED')")
                .query((rs, n) -> {
                    Validity validity = Validity.valueOf(rs.getString("validity"));
                    java.sql.Date expires = rs.getDate("expires_on");
                    if (validity == Validity.VALID && expires != null && expires.toLocalDate().isBefore(today)) {
                        validity = Validity.EXPIRED;
                    }
                    stamps.put(rs.getLong("id"), PublishedDocument.stamp(rs.getInt("version"), validity));
                    return null;
                }).list();
        return stamps;
    }

    /** Stores 失效 for valid documents whose 终止日期 has passed; returns their ids. */
    public List<Long> expire(LocalDate today) {
        return jdbc.sql("""
                UPDATE disclosure_document SET validity = 'EXPIRED', updated_at = now()
                WHERE validity = 'VALID' AND expires_on IS NOT NULL AND expires_on < ? RETURNING id""")
                .param(today).query(Long.class).list();
    }

    public List<Long> scheduledDue(Instant now) {
        return jdbc.sql("SELECT id FROM disclosure_document WHERE state = 'SCHEDULED' AND publish_at <= ? FOR UPDATE SKIP LOCKED")
                .param(Timestamp.from(now)).query(Long.class).list();
    }

    private record Row(long id, ResultSet ignored, GovDocument partial) {

        static Row of(ResultSet rs, int n) throws SQLException {
            long interprets = rs.getLong("interprets_id");
            Long interpretsId = rs.wasNull() ? null : interprets;
            GovDocument d = new GovDocument(rs.getLong("id"), rs.getString("index_number"),
                    rs.getString("division_code"), rs.getString("unit_code"), rs.getString("title"),
                    rs.getString("document_number"), rs.getString("publisher_code"), rs.getString("publisher_name"),
                    date(rs, "written_on"), date(rs, "published_on"), date(rs, "effective_on"),
                    date(rs, "expires_on"), Validity.valueOf(rs.getString("validity")), rs.getString("repealed_by"),
                    rs.getString("topic"), rs.getString("genre"), rs.getString("keywords"), rs.getString("body"),
                    interpretsId, DocumentState.valueOf(rs.getString("state")), instant(rs, "publish_at"),
                    instant(rs, "published_at"), rs.getInt("version"), rs.getString("author"),
                    rs.getString("reviewer"), rs.getString("return_reason"), rs.getString("withdraw_reason"),
                    List.of(), List.of(), rs.getString("source"));
            return new Row(d.id(), null, d);
        }

        GovDocument toDocument(List<Long> nodeIds, List<Attachment> attachments, LocalDate today) {
            GovDocument d = partial;
            Validity validity = d.validity() == Validity.VALID && d.expiresOn() != null && d.expiresOn().isBefore(today)
                    ? Validity.EXPIRED : d.validity();
            return new GovDocument(d.id(), d.indexNumber(), d.divisionCode(), d.unitCode(), d.title(),
                    d.documentNumber(), d.publisherCode(), d.publisherName(), d.writtenOn(), d.publishedOn(),
                    d.effectiveOn(), d.expiresOn(), validity, d.repealedBy(), d.topic(), d.genre(), d.keywords(),
                    d.body(), d.interpretsId(), d.state(), d.publishAt(), d.publishedAt(), d.version(), d.author(),
                    d.reviewer(), d.returnReason(), d.withdrawReason(), List.copyOf(nodeIds), List.copyOf(attachments),
                    d.source());
        }

        private static LocalDate date(ResultSet rs, String column) throws SQLException {
            java.sql.Date d = rs.getDate(column);
            return d == null ? null : d.toLocalDate();
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            Timestamp t = rs.getTimestamp(column);
            return t == null ? null : t.toInstant();
        }
    }
}
