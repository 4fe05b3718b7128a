package org.doorstep.sitefeedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.doorstep.platform.ListPage;
import org.doorstep.sitefeedback.FeedbackKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports of 政府网站找错 (table sitefeedback_report); the contact column holds a seal, never the number. */
@Repository
public class FeedbackStore {

    /** A stored report, its contact still sealed. */
    public record Row(long id, FeedbackKind kind, String page, String description, String contactName,
            String sealedContact, Instant submittedAt, Instant handledAt, String handledBy, String note) {
    }

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(FeedbackKind kind, String page, String description, String contactName, String sealedContact) {
        return jdbc.sql("""
                INSERT INTO sitefeedback_report (kind, page, description, contact_name, contact)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(kind.name(), page, description, contactName, sealedContact).query(Long.class).single();
    }

    /** One page, newest first; the total counted only up to the cap. */
    public ListPage<Row> page(boolean waiting, int page, int size) {
        String where = waiting ? "WHERE handled_at IS NULL" : "";
        List<Row> rows = jdbc.sql("SELECT * FROM sitefeedback_report " + where
                + " ORDER BY submitted_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", size + 1).param("offset", ListPage.offset(page, size)).query(FeedbackStore::row).list();
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM sitefeedback_report " + where
                + " LIMIT :cap) AS m").param("cap", ListPage.COUNT_CAP + 1).query(Long.class).single();
        return ListPage.of(rows, page, size, counted);
    }

    public long countWaiting(int cap) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM sitefeedback_report WHERE handled_at IS NULL LIMIT ?) AS m")
                .param(cap + 1).query(Long.class).single();
    }

    /** Marks a waiting report handled; false when there is no such waiting report. */
    public boolean markHandled(long id, String note, String by) {
        return jdbc.sql("""
                UPDATE sitefeedback_report SET handled_at = now(), handled_by = ?, note = ?
                WHERE id = ? AND handled_at IS NULL""").params(by, note, id).update() == 1;
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT count(*) FROM sitefeedback_report WHERE id = ?").param(id).query(Long.class)
                .single() > 0;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), FeedbackKind.valueOf(rs.getString("kind")), rs.getString("page"),
                rs.getString("description"), rs.getString("contact_name"), rs.getString("contact"),
                instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("handled_at")),
                rs.getString("handled_by"), rs.getString("note"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
