package org.doorstep.engagement.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.engagement.TopicChannel;
import org.doorstep.engagement.TopicNotice;
import org.doorstep.engagement.TopicRequest;
import org.doorstep.engagement.TopicState;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for 点题公开 topics. A topic is saved whole, guarded by its version. */
@Repository
public class TopicStore {

    private final JdbcClient jdbc;

    private final PersonalData sealed;

    public TopicStore(JdbcClient jdbc, PersonalData sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    /** The next number of a year, e.g. DT-2026-0007; numbers are never reused. */
    public String nextNumber(int year) {
        int n = jdbc.sql("""
                INSERT INTO engagement_counter (year, last) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last = engagement_counter.last + 1 RETURNING last""")
                .param(year).query(Integer.class).single();
        return String.format("DT-%d-%04d", year, n);
    }

    public long insert(TopicRequest t) {
        return jdbc.sql("""
                INSERT INTO engagement_topic (number, division_code, title, content, contact_name, phone, channel,
                    account_login, entered_by, proposed_on, submitted_at, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(t.number(), t.divisionCode(), t.title(), t.content(), t.contactName(),
                sealed.seal(Kind.PHONE, t.phone()),
                        t.channel().name(), t.accountLogin(), t.enteredBy(), Date.valueOf(t.proposedOn()),
                        Timestamp.from(t.submittedAt()), t.state().name())
                .query(Long.class).single();
    }

    /** Saves every changing column; fails if someone else saved the topic since it was read. */
    public void save(TopicRequest t) {
        int n = jdbc.sql("""
                UPDATE engagement_topic SET state = ?, decided_on = ?, decided_by = ?, decline_reason = ?,
                    department_code = ?, department_name = ?, feedback_days = ?, notice_text = ?, answer = ?,
                    answered_on = ?, answered_by = ?, document_id = ?, document_path = ?, published_on = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(t.state().name(), date(t.decidedOn()), t.decidedBy(), t.declineReason(), t.departmentCode(),
                        t.departmentName(), t.feedbackDays(), t.noticeText(), t.answer(), date(t.answeredOn()),
                        t.answeredBy(), t.documentId(), t.documentPath(), date(t.publishedOn()), t.id(), t.version())
                .update();
        if (n != 1) {
            throw new ConflictException("该点题刚被其他人修改过，请刷新页面后重试");
        }
    }

    /** Keeps the query code a proposer follows the topic with. */
    public void setQueryCode(String number, String code) {
        jdbc.sql("UPDATE engagement_topic SET query_code = ? WHERE number = ?").params(code, number).update();
    }

    /** The stored query code, empty for an unknown number or a topic proposed before codes existed. */
    public Optional<String> queryCode(String number) {
        return jdbc.sql("SELECT query_code FROM engagement_topic WHERE number = ?").param(number)
                .query(String.class).optional();
    }

    public Optional<TopicRequest> byNumber(String number) {
        return jdbc.sql("SELECT * FROM engagement_topic WHERE number = ?").param(number).query(this::topic)
                .optional();
    }

    public Optional<TopicRequest> byDocument(long documentId) {
        return jdbc.sql("SELECT * FROM engagement_topic WHERE document_id = ?").param(documentId)
                .query(this::topic).optional();
    }

    public List<TopicRequest> byAccount(String login) {
        return jdbc.sql("SELECT * FROM engagement_topic WHERE account_login = ? ORDER BY submitted_at DESC, id DESC")
                .param(login).query(this::topic).list();
    }

    public List<TopicRequest> all() {
        return jdbc.sql("SELECT * FROM engagement_topic ORDER BY submitted_at DESC, id DESC").query(this::topic)
                .list();
    }

    /** One page of topics matching a WHERE clause (named parameters only), the total counted only up to the cap. */
    public ListPage<TopicRequest> page(String where, Map<String, ?> params, String orderBy, int page, int size) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", size + 1);
        p.put("offset", ListPage.offset(page, size));
        List<TopicRequest> rows = jdbc.sql("SELECT * FROM engagement_topic " + where + " ORDER BY " + orderBy
                + " LIMIT :limit OFFSET :offset").params(p).query(this::topic).list();
        return ListPage.of(rows, page, size, countUpTo(where, params, ListPage.COUNT_CAP));
    }

    /** Matching rows counted up to {@code cap + 1}, so a large table is never counted in full. */
    public long countUpTo(String where, Map<String, ?> params, int cap) {
        return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM engagement_topic " + where + " LIMIT :cap) AS m")
                .params(params).param("cap", cap + 1).query(Long.class).single();
    }

    /** The feedback clock's due date, kept here so that the overdue view filters on it in SQL. */
    public void setDue(String number, LocalDate due) {
        jdbc.sql("UPDATE engagement_topic SET feedback_due = ? WHERE number = ?").params(date(due), number).update();
    }

    /** Topics with the department but without a stored feedback date: accepted before the column existed. */
    public List<String> missingDue() {
        return jdbc.sql("SELECT number FROM engagement_topic WHERE state = 'ASSIGNED' AND feedback_due IS NULL")
                .query(String.class).list();
    }

    public List<TopicRequest> inState(TopicState state) {
        return jdbc.sql("SELECT * FROM engagement_topic WHERE state = ? ORDER BY published_on DESC NULLS LAST, id DESC")
                .param(state.name()).query(this::topic).list();
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM engagement_topic").query(Integer.class).single();
    }

    /** Returns the notice's id, which names the step in its notification's key. */
    public long addNotice(long topicId, Instant at, LocalDate on, String title, String text) {
        return jdbc.sql("INSERT INTO engagement_topic_notice (topic_id, at, on_date, title, text) VALUES (?, ?, ?, ?, ?) "
                        + "RETURNING id")
                .params(topicId, Timestamp.from(at), Date.valueOf(on), title, text).query(Long.class).single();
    }

    public List<TopicNotice> notices(long topicId) {
        return jdbc.sql("SELECT * FROM engagement_topic_notice WHERE topic_id = ? ORDER BY at, id").param(topicId)
                .query((rs, i) -> new TopicNotice(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getDate("on_date").toLocalDate(), rs.getString("title"), rs.getString("text")))
                .list();
    }

    private TopicRequest topic(ResultSet rs, int row) throws SQLException {
        long doc = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : doc;
        int days = rs.getInt("feedback_days");
        Integer feedbackDays = rs.wasNull() ? null : days;
        return new TopicRequest(rs.getLong("id"), rs.getString("number"), rs.getString("division_code"),
                rs.getString("title"), rs.getString("content"), rs.getString("contact_name"),
                sealed.open(Kind.PHONE, rs.getString("phone")),
                TopicChannel.valueOf(rs.getString("channel")), rs.getString("account_login"),
                rs.getString("entered_by"), local(rs.getDate("proposed_on")),
                rs.getTimestamp("submitted_at").toInstant(), TopicState.valueOf(rs.getString("state")),
                local(rs.getDate("decided_on")), rs.getString("decided_by"), rs.getString("decline_reason"),
                rs.getString("department_code"), rs.getString("department_name"), feedbackDays,
                rs.getString("notice_text"), rs.getString("answer"), local(rs.getDate("answered_on")),
                rs.getString("answered_by"), documentId, rs.getString("document_path"),
                local(rs.getDate("published_on")), rs.getInt("version"));
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
